// Inventory lookups. This module predates the OpenTelemetry migration and
// still reports through OpenCensus (exported via the collector's
// OpenCensus receiver).
#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "opencensus/trace/span.h"
#include "opencensus/trace/status_code.h"
#include "opencensus/trace/with_span.h"

namespace checkout
{

struct StockLevel
{
  std::string sku;
  int64_t available = 0;
};

// Implemented by the inventory database client.
absl::StatusOr<StockLevel> QueryStock(const std::string &sku);

namespace
{

// Maps an absl status onto the OpenCensus canonical codes (same numbering).
opencensus::trace::StatusCode ToCensusCode(const absl::Status &status)
{
  return static_cast<opencensus::trace::StatusCode>(status.raw_code());
}

}  // namespace

absl::StatusOr<StockLevel> CheckStock(const std::string &sku, int64_t wanted)
{
  auto span = opencensus::trace::Span::StartSpan("inventory.CheckStock");
  opencensus::trace::WithSpan with_span(span);
  span.AddAttribute("inventory.sku", sku);

  absl::StatusOr<StockLevel> stock = QueryStock(sku);
  if (!stock.ok())
  {
    span.SetStatus(ToCensusCode(stock.status()), std::string(stock.status().message()));
    span.End();
    return stock;
  }

  span.AddAttribute("inventory.available", stock->available);
  if (stock->available < wanted)
  {
    span.AddAnnotation("insufficient stock", {{"inventory.wanted", wanted}});
    span.SetStatus(opencensus::trace::StatusCode::FAILED_PRECONDITION, "insufficient stock");
    span.End();
    return absl::Status(absl::StatusCode::kFailedPrecondition, "insufficient stock");
  }

  span.SetStatus(opencensus::trace::StatusCode::OK);
  span.End();
  return stock;
}

// Lookups for the storefront badge: a failure only hides the badge.
bool InStock(const std::string &sku)
{
  auto span = opencensus::trace::Span::StartSpan("inventory.InStock");
  absl::StatusOr<StockLevel> stock = QueryStock(sku);
  const absl::Status status = stock.ok() ? absl::OkStatus() : stock.status();
  if (status.code() != absl::StatusCode::kOk)
  {
    // The canonical code follows the absl code; never OK here.
    span.SetStatus(ToCensusCode(status), std::string(status.message()));
  }
  span.End();
  return status.code() == absl::StatusCode::kOk && stock->available > 0;
}

}  // namespace checkout
