// Client side of the payment backend (gRPC).
#include <cstdint>
#include <stdexcept>
#include <string>
#include <typeinfo>

#include "grpcpp/grpcpp.h"
#include "opentelemetry/common/key_value_iterable_view.h"
#include "opentelemetry/semconv/exception_attributes.h"
#include "opentelemetry/semconv/exception_events.h"
#include "opentelemetry/trace/scope.h"
#include "telemetry.h"

namespace checkout
{

namespace common = opentelemetry::common;
namespace semconv = opentelemetry::semconv;
using trace_api::StatusCode;

struct ChargeRequest
{
  std::string order_id;
  std::string card_token;
  int64_t amount_cents = 0;
};

struct ChargeReply
{
  std::string transaction_id;
  bool declined = false;
};

// Generated stub (the implementation lives in the generated gRPC code).
class PaymentStub
{
public:
  grpc::Status Charge(grpc::ClientContext *context, const ChargeRequest &request,
                      ChargeReply *reply);
  grpc::Status Reserve(grpc::ClientContext *context, const ChargeRequest &request);
  grpc::Status Refund(grpc::ClientContext *context, const std::string &transaction_id);
};

// Thrown by the card vault when a token cannot be decrypted.
class VaultError : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

std::string DecryptCardToken(const std::string &token);  // may throw VaultError

// The order row; its SetStatus has nothing to do with tracing.
class OrderRecord
{
public:
  void SetStatus(PaymentOutcome outcome) { outcome_ = outcome; }
  PaymentOutcome outcome() const { return outcome_; }

private:
  PaymentOutcome outcome_ = PaymentOutcome::Error;
};

namespace
{
constexpr int kMaxReserveAttempts = 3;

bool IsRetryable(const grpc::Status &status)
{
  return status.error_code() == grpc::StatusCode::UNAVAILABLE ||
         status.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED;
}
}  // namespace

grpc::Status ChargeCard(PaymentStub &stub, const ChargeRequest &request, OrderRecord &order)
{
  auto span = GetTracer()->StartSpan("payment.Charge", {{"rpc.system", "grpc"},
                                                        {"rpc.service", "PaymentService"},
                                                        {"rpc.method", "Charge"}});
  auto scope = GetTracer()->WithActiveSpan(span);

  ChargeRequest decrypted = request;
  try
  {
    decrypted.card_token = DecryptCardToken(request.card_token);
  }
  catch (const VaultError &e)
  {
    // The failure is reported twice: once as a log record, once as a span event.
    GetLogger()->Error("card token could not be decrypted",
                       common::MakeAttributes({{semconv::exception::kExceptionType, "VaultError"},
                                               {semconv::exception::kExceptionMessage, e.what()}}));
    span->AddEvent(semconv::exception::kException,
                   {{semconv::exception::kExceptionType, typeid(e).name()},
                    {semconv::exception::kExceptionMessage, e.what()}});
    span->SetStatus(StatusCode::kError, e.what());
    span->End();
    order.SetStatus(PaymentOutcome::Error);
    return grpc::Status(grpc::StatusCode::FAILED_PRECONDITION, e.what());
  }

  grpc::ClientContext context;
  ChargeReply reply;
  grpc::Status status = stub.Charge(&context, decrypted, &reply);
  if (status.ok())
    span->SetStatus(StatusCode::kOk);
  else
    span->SetStatus(StatusCode::kError, status.error_message());
  span->SetAttribute("rpc.grpc.status_code", static_cast<int64_t>(status.error_code()));

  if (status.error_code() == grpc::StatusCode::OK)
    order.SetStatus(reply.declined ? PaymentOutcome::Declined : PaymentOutcome::Ok);
  else
    order.SetStatus(PaymentOutcome::Error);
  span->End();
  return status;
}

grpc::Status ReserveFunds(PaymentStub &stub, const ChargeRequest &request)
{
  auto span = GetTracer()->StartSpan("payment.Reserve");
  grpc::Status status;
  for (int attempt = 1; attempt <= kMaxReserveAttempts; ++attempt)
  {
    grpc::ClientContext context;
    status = stub.Reserve(&context, request);
    if (status.ok())
    {
      span->SetStatus(StatusCode::kOk);
      break;
    }
    span->SetStatus(StatusCode::kError, status.error_message());
    if (!IsRetryable(status))
      break;
    span->AddEvent("retry", {{"attempt", attempt}});
  }
  span->End();
  return status;
}

grpc::Status RefundCharge(PaymentStub &stub, const std::string &transaction_id)
{
  auto span = GetTracer()->StartSpan("payment.Refund", {{"rpc.method", "Refund"}});
  grpc::ClientContext context;
  grpc::Status status = stub.Refund(&context, transaction_id);
  if (!status.ok())
  {
    span->SetAttribute("error.type", std::to_string(static_cast<int>(status.error_code())));
    span->SetStatus(StatusCode::kError, status.error_message());
  }
  // Success: the status stays unset.
  span->End();
  return status;
}

}  // namespace checkout
