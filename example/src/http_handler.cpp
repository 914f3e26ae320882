// HTTP front end: POST /checkout from the storefront.
#include <chrono>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "opentelemetry/context/runtime_context.h"
#include "opentelemetry/semconv/error_attributes.h"
#include "telemetry.h"

namespace checkout
{

namespace context_api = opentelemetry::context;
namespace semconv = opentelemetry::semconv;
using trace_api::StatusCode;

struct HttpRequest
{
  std::string method;
  std::string route;
  std::string cart_id;
  std::string promo_code;
};

struct HttpResponse
{
  int status = 200;
  std::string reason;
  std::string body;
};

struct Cart
{
  std::string id;
  int64_t total_cents = 0;
};

class PromotionNotFound : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

// Implemented by the storage layer.
absl::StatusOr<Cart> LoadCart(const std::string &cart_id);
absl::Status ValidateCart(const Cart &cart);
int64_t LookupDiscount(const std::string &promo_code);  // throws PromotionNotFound
HttpResponse PlaceOrder(const Cart &cart, int64_t discount_cents);

namespace
{

struct Instruments
{
  nostd::unique_ptr<metrics_api::Counter<uint64_t>> requests;
  nostd::unique_ptr<metrics_api::Histogram<double>> duration;
};

Instruments &GetInstruments()
{
  static Instruments instruments{
      GetMeter()->CreateUInt64Counter("checkout.requests", "Checkout requests", "{request}"),
      GetMeter()->CreateDoubleHistogram("http.server.request.duration", "Request duration", "s")};
  return instruments;
}

int HttpStatusFor(const absl::Status &status)
{
  switch (status.code())
  {
    case absl::StatusCode::kOk:
      return 200;
    case absl::StatusCode::kNotFound:
      return 404;
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kFailedPrecondition:
      return 400;
    case absl::StatusCode::kUnavailable:
      return 503;
    default:
      return 500;
  }
}

}  // namespace

int64_t ApplyPromotion(const std::string &promo_code)
{
  auto span = GetTracer()->StartSpan("checkout.ApplyPromotion");
  int64_t discount = 0;
  try
  {
    discount = LookupDiscount(promo_code);
    span->SetAttribute("promotion.discount_cents", discount);
  }
  catch (const PromotionNotFound &)
  {
    // An unknown code is not worth failing the checkout over.
    span->SetStatus(StatusCode::kOk, "unknown promotion code");
  }
  span->End();
  return discount;
}

HttpResponse HandleCheckout(const HttpRequest &request)
{
  const auto start = std::chrono::steady_clock::now();
  auto span = GetTracer()->StartSpan("POST /checkout", {{"http.request.method", "POST"},
                                                        {"http.route", "/checkout"}});
  auto scope = GetTracer()->WithActiveSpan(span);
  // Nothing has failed yet; filled in below if something does.
  span->SetAttribute(semconv::error::kErrorType, "");

  HttpResponse response;
  absl::StatusOr<Cart> cart = LoadCart(request.cart_id);
  absl::Status validation = cart.ok() ? ValidateCart(*cart) : cart.status();
  MarkSpan(validation, span.get());
  if (validation.code() != absl::StatusCode::kOk)
  {
    response.status = HttpStatusFor(validation);
    response.reason = std::string(validation.message());
  }
  else
  {
    int64_t discount = request.promo_code.empty() ? 0 : ApplyPromotion(request.promo_code);
    response = PlaceOrder(*cart, discount);
  }

  span->SetAttribute("http.response.status_code", static_cast<int64_t>(response.status));
  span->SetStatus(response.status < 500 ? StatusCode::kOk : StatusCode::kError, response.reason);
  span->End();

  // Both outcomes go through the same attribute set; error.type is "" on success.
  const std::string error_type = response.status >= 500 ? std::to_string(response.status) : "";
  std::map<std::string, std::string> attributes{{"http.request.method", "POST"},
                                                {"http.route", "/checkout"},
                                                {"error.type", error_type}};
  GetInstruments().requests->Add(1, {{"http.route", "/checkout"},
                                     {semconv::error::kErrorType, error_type.c_str()}});
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  GetInstruments().duration->Record(elapsed.count(), attributes,
                                    context_api::RuntimeContext::GetCurrent());
  return response;
}

HttpResponse HandleCancel(const HttpRequest &request)
{
  SpanGuard guard("POST /checkout/cancel");
  guard.span().SetAttribute("http.route", "/checkout/cancel");
  absl::StatusOr<Cart> cart = LoadCart(request.cart_id);
  if (!cart.ok())
  {
    guard.SetError("cart_not_found", std::string(cart.status().message()));
    return HttpResponse{404, "cart not found", ""};
  }
  // error.type on the success path: this request did not fail.
  guard.span().SetAttribute(semconv::error::kErrorType, "none");
  return HttpResponse{204, "", ""};
}


// Stock reservations: one counter per outcome, and an error.type on the
// span that the request counter does not share.
struct ReservationInstruments
{
  nostd::unique_ptr<metrics_api::Counter<uint64_t>> requests;
  nostd::unique_ptr<metrics_api::Counter<uint64_t>> reserved;
  nostd::unique_ptr<metrics_api::Counter<uint64_t>> failed;
};

ReservationInstruments &GetReservationInstruments()
{
  static ReservationInstruments instruments{
      GetMeter()->CreateUInt64Counter("checkout.reservation.requests", "Reservations", "{request}"),
      GetMeter()->CreateUInt64Counter("checkout.reservation.succeeded", "Reserved", "{request}"),
      GetMeter()->CreateUInt64Counter("checkout.reservation.failed", "Not reserved", "{request}")};
  return instruments;
}

HttpResponse HandleReserve(const HttpRequest &request)
{
  auto span = GetTracer()->StartSpan("POST /checkout/reserve");
  ReservationInstruments &instruments = GetReservationInstruments();
  absl::StatusOr<Cart> cart = LoadCart(request.cart_id);
  if (cart.ok())
  {
    instruments.requests->Add(1);
    instruments.reserved->Add(1);
    span->End();
    return HttpResponse{200, "", ""};
  }
  span->SetAttribute(semconv::error::kErrorType, "cart_not_found");
  span->SetStatus(StatusCode::kError, std::string(cart.status().message()));
  instruments.requests->Add(1, {{semconv::error::kErrorType, "not_found"}});
  instruments.failed->Add(1);
  span->End();
  return HttpResponse{404, "cart not found", ""};
}

}  // namespace checkout
