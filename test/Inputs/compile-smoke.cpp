// Compile-only smoke test for the mock API headers in test/Inputs/include.
// It includes every mock header and uses the APIs the way instrumented code
// does. Supported configurations (all with -isystem test/Inputs/include):
//   -std=c++17                                   (default build, ABI v1)
//   -std=c++17 -DOPENTELEMETRY_ABI_VERSION_NO=2  (ABI v2)
//   -std=c++17 -DOPENTELEMETRY_STL_VERSION=2017  (STL build: nostd = std)
//   -std=c++20                                   (default build)

#include <chrono>
#include <cstdint>
#include <exception>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "opentelemetry/common/attribute_value.h"
#include "opentelemetry/common/key_value_iterable.h"
#include "opentelemetry/common/key_value_iterable_view.h"
#include "opentelemetry/common/macros.h"
#include "opentelemetry/common/timestamp.h"
#include "opentelemetry/context/context.h"
#include "opentelemetry/context/context_value.h"
#include "opentelemetry/context/runtime_context.h"
#include "opentelemetry/logs/event_id.h"
#include "opentelemetry/logs/log_record.h"
#include "opentelemetry/logs/logger.h"
#include "opentelemetry/logs/logger_provider.h"
#include "opentelemetry/logs/logger_type_traits.h"
#include "opentelemetry/logs/provider.h"
#include "opentelemetry/logs/severity.h"
#include "opentelemetry/metrics/async_instruments.h"
#include "opentelemetry/metrics/meter.h"
#include "opentelemetry/metrics/meter_provider.h"
#include "opentelemetry/metrics/observer_result.h"
#include "opentelemetry/metrics/provider.h"
#include "opentelemetry/metrics/sync_instruments.h"
#include "opentelemetry/nostd/function_ref.h"
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/nostd/span.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/nostd/type_traits.h"
#include "opentelemetry/nostd/unique_ptr.h"
#include "opentelemetry/nostd/utility.h"
#include "opentelemetry/nostd/variant.h"
#include "opentelemetry/sdk/trace/recordable.h"
#include "opentelemetry/sdk/trace/span_data.h"
#include "opentelemetry/semconv/error_attributes.h"
#include "opentelemetry/semconv/exception_attributes.h"
#include "opentelemetry/semconv/exception_events.h"
#include "opentelemetry/trace/context.h"
#include "opentelemetry/trace/default_span.h"
#include "opentelemetry/trace/noop.h"
#include "opentelemetry/trace/provider.h"
#include "opentelemetry/trace/scope.h"
#include "opentelemetry/trace/semantic_conventions.h"
#include "opentelemetry/trace/span.h"
#include "opentelemetry/trace/span_context.h"
#include "opentelemetry/trace/span_context_kv_iterable.h"
#include "opentelemetry/trace/span_context_kv_iterable_view.h"
#include "opentelemetry/trace/span_metadata.h"
#include "opentelemetry/trace/span_startoptions.h"
#include "opentelemetry/trace/tracer.h"
#include "opentelemetry/trace/tracer_provider.h"
#include "opentelemetry/version.h"

#include "opencensus/context/context.h"
#include "opencensus/stats/measure.h"
#include "opencensus/stats/recording.h"
#include "opencensus/stats/stats.h"
#include "opencensus/stats/tag_key.h"
#include "opencensus/tags/tag_key.h"
#include "opencensus/tags/tag_map.h"
#include "opencensus/tags/with_tag_map.h"
#include "opencensus/trace/attribute_value_ref.h"
#include "opencensus/trace/context_util.h"
#include "opencensus/trace/sampler.h"
#include "opencensus/trace/span.h"
#include "opencensus/trace/span_context.h"
#include "opencensus/trace/status_code.h"
#include "opencensus/trace/with_span.h"

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

#include "grpcpp/grpcpp.h"
#include "grpcpp/opencensus.h"
#include "grpcpp/support/status.h"
#include "grpcpp/support/status_code_enum.h"

namespace common   = opentelemetry::common;
namespace context  = opentelemetry::context;
namespace logs     = opentelemetry::logs;
namespace metrics  = opentelemetry::metrics;
namespace nostd    = opentelemetry::nostd;
namespace semconv  = opentelemetry::semconv;
namespace trace    = opentelemetry::trace;
namespace sdktrace = opentelemetry::sdk::trace;

static_assert(static_cast<int>(trace::StatusCode::kUnset) == 0, "");
static_assert(static_cast<int>(trace::StatusCode::kOk) == 1, "");
static_assert(static_cast<int>(trace::StatusCode::kError) == 2, "");
static_assert(opencensus::trace::OK == 0, "");
static_assert(opencensus::trace::StatusCode::UNAUTHENTICATED == 16, "");
static_assert(static_cast<int>(logs::Severity::kError) == 17, "");
static_assert(common::detail::is_key_value_iterable<std::map<std::string, std::string>>::value,
              "");
static_assert(common::detail::is_key_value_iterable<
                  std::vector<std::pair<std::string, common::AttributeValue>>>::value,
              "");
static_assert(common::detail::is_key_value_iterable<
                  nostd::span<const std::pair<nostd::string_view, common::AttributeValue>>>::value,
              "");
static_assert(!common::detail::is_key_value_iterable<std::vector<int>>::value, "");

namespace
{

nostd::shared_ptr<trace::Tracer> GetTracer()
{
  return trace::Provider::GetTracerProvider()->GetTracer("compile-smoke", "1.0.0");
}

bool DoWork(int n)
{
  if (n < 0)
    throw std::runtime_error("negative");
  return n % 2 == 0;
}

// Rule 1 true positive shape: OK on the success path.
void TraceSuccessPath(int n)
{
  auto tracer = GetTracer();
  auto span   = tracer->StartSpan("handle", {{"http.request.method", "GET"}, {"n", n}});
  auto scope  = tracer->WithActiveSpan(span);
  try
  {
    if (DoWork(n))
    {
      span->SetStatus(trace::StatusCode::kOk);
    }
    else
    {
      span->SetAttribute(semconv::error::kErrorType, semconv::error::ErrorTypeValues::kOther);
      span->SetStatus(trace::StatusCode::kError, "odd");
    }
  }
  catch (const std::exception &e)
  {
    span->AddEvent("exception", {{semconv::exception::kExceptionMessage, e.what()}});
    span->AddEvent(semconv::exception::kException,
                   {{semconv::exception::kExceptionType, "std::runtime_error"},
                    {semconv::exception::kExceptionMessage, e.what()}});
    span->SetAttribute("error.type", "std::runtime_error");
    span->SetStatus(trace::StatusCode::kError, e.what());
  }
  span->End();
}

void TraceOtherForms()
{
  auto tracer = GetTracer();

  // StartSpan overloads.
  trace::StartSpanOptions options;
  options.kind   = trace::SpanKind::kServer;
  options.parent = trace::GetSpan(context::RuntimeContext::GetCurrent())->GetContext();
  auto s1        = tracer->StartSpan("plain");
  auto s2        = tracer->StartSpan("with-options", options);
  std::map<std::string, std::string> attr_map{{"peer.service", "db"}};
  auto s3 = tracer->StartSpan("map", attr_map);
  auto s4 = tracer->StartSpan("map+options", attr_map, options);
  auto s5 = tracer->StartSpan("links", {{"k", 1}}, {{trace::SpanContext(false, false), {{"lk", "lv"}}}});
  common::KeyValueIterableView<std::map<std::string, std::string>> view(attr_map);
  auto s6 = tracer->StartSpan("view", view);

  // Scope, current span, context helpers.
  {
    trace::Scope scope(s1);
    trace::GetSpan(context::RuntimeContext::GetCurrent())->SetStatus(trace::StatusCode::kOk);
    trace::Tracer::GetCurrentSpan()->SetStatus(trace::StatusCode::kOk, "done");
    context::Context ctx = context::RuntimeContext::GetCurrent();
    context::Context with_span = trace::SetSpan(ctx, s2);
    trace::GetSpan(with_span)->AddEvent("event");
  }

  // AddEvent: all 8 forms.
  common::SystemTimestamp now = std::chrono::system_clock::now();
  s1->AddEvent("e1");
  s1->AddEvent("e2", now);
  s1->AddEvent("e3", now, view);
  s1->AddEvent("e4", view);
  s1->AddEvent("e5", now, attr_map);
  s1->AddEvent("e6", attr_map);
  s1->AddEvent("e7", now, {{"k", 1.5}});
  s1->AddEvent("e8", {{"k", true}, {semconv::exception::kExceptionStacktrace, "..."}});
  s1->UpdateName("renamed");
  s1->SetAttribute(trace::SemanticConventions::kErrorType, "timeout");
  s1->SetAttribute("count", static_cast<int64_t>(3));
  s1->SetAttribute("ratio", 0.5);
  s1->SetAttribute("name", std::string("value"));
  s1->SetStatus(trace::StatusCode::kOk);
  s1->End(trace::EndSpanOptions{});

#if OPENTELEMETRY_ABI_VERSION_NO >= 2
  s2->AddLink(trace::SpanContext(false, false), {{"link", 1}});
  bool enabled = tracer->Enabled();
  (void)enabled;
#endif

  // Spans held by reference to a subclass (static type decides default args).
  trace::DefaultSpan invalid = trace::DefaultSpan::GetInvalid();
  invalid.SetStatus(trace::StatusCode::kOk, "");
  trace::Span &as_base = invalid;
  as_base.SetStatus(trace::StatusCode::kOk);
  trace::NoopSpan noop(nullptr);
  noop.SetStatus(trace::StatusCode::kError, "x");

  // Traps: exporter-side SetStatus, not trace::Span.
  sdktrace::SpanData data;
  data.SetStatus(trace::StatusCode::kOk, "");
  sdktrace::Recordable &recordable = data;
  recordable.SetStatus(opentelemetry::trace::StatusCode::kOk, "");
}

void Metrics(metrics::Meter &meter, const context::Context &ctx)
{
  auto counter = meter.CreateUInt64Counter("requests", "Number of requests", "1");
  counter->Add(1);
  counter->Add(1, ctx);
  counter->Add(1, {{"http.route", "/"}, {semconv::error::kErrorType, "500"}});
  counter->Add(1, {{"http.route", "/"}}, ctx);
  counter->Add(1, common::MakeAttributes({{"error.type", "timeout"}}));
  std::map<std::string, std::string> labels{{"error.type", "timeout"}};
  labels["http.route"] = "/x";
  counter->Add(1, labels);
  counter->Add(1, labels, ctx);
  common::KeyValueIterableView<std::map<std::string, std::string>> view(labels);
  counter->Add(1, view);
  counter->Add(1, view, ctx);
  std::vector<std::pair<std::string, common::AttributeValue>> vec{{"k", 1}};
  counter->Add(2, vec);

  auto histogram = meter.CreateDoubleHistogram("duration", "Duration", "s");
  histogram->Record(12.5, ctx);
  histogram->Record(12.5, {{"error.type", "timeout"}}, ctx);
  histogram->Record(12.5, labels, ctx);
  histogram->Record(12.5, view, ctx);
#if OPENTELEMETRY_ABI_VERSION_NO >= 2
  histogram->Record(12.5);
  histogram->Record(12.5, {{semconv::error::kErrorType, "timeout"}});
  histogram->Record(12.5, labels);
  histogram->Record(12.5, view);
  auto gauge = meter.CreateInt64Gauge("temperature");
  gauge->Record(20, {{"error.type", "x"}});
  gauge->Record(20, labels, ctx);
#endif

  auto up_down = meter.CreateInt64UpDownCounter("queue");
  up_down->Add(-1, {{"queue", "a"}});

  auto observable = meter.CreateInt64ObservableGauge("observed");
  observable->AddCallback(
      [](metrics::ObserverResult result, void *) {
        if (nostd::holds_alternative<nostd::shared_ptr<metrics::ObserverResultT<int64_t>>>(result))
        {
          nostd::get<nostd::shared_ptr<metrics::ObserverResultT<int64_t>>>(result)->Observe(
              1, {{"error.type", "x"}});
        }
      },
      nullptr);

  auto provider = metrics::Provider::GetMeterProvider();
  if (provider)
  {
    auto m = provider->GetMeter("compile-smoke");
    (void)m;
  }
}

void Logs(nostd::shared_ptr<logs::Logger> logger, std::map<std::string, std::string> &attrs)
{
  try
  {
    DoWork(-1);
  }
  catch (const std::exception &e)
  {
    logger->Error("msg", common::MakeAttributes({{"exception.message", e.what()}}));
    logger->Error("typed", common::MakeAttributes(
                               {{semconv::exception::kExceptionType, "std::runtime_error"},
                                {semconv::exception::kExceptionMessage, e.what()}}));
    logger->Fatal(e.what());
  }
  logger->EmitLogRecord(logs::Severity::kError, "x");
  logger->EmitLogRecord(logs::Severity::kWarn, "with attrs", attrs,
                        common::SystemTimestamp(std::chrono::system_clock::now()));
  logger->Warn("warn", attrs);
  logger->Info("info", logs::EventId(7, "event"));
  logger->Debug("debug");

  common::KeyValueIterableView<std::map<std::string, std::string>> view(attrs);
  logger->Warn("non-template wrapper", view);
  logger->Error(static_cast<int64_t>(42), "non-template wrapper", view);
  logger->Log(logs::Severity::kError, "format", view);
  logger->Log(logs::Severity::kError, "message");

  nostd::unique_ptr<logs::LogRecord> record = logger->CreateLogRecord();
  if (record)
  {
    record->SetSeverity(logs::Severity::kError);
    record->SetBody("body");
    record->SetAttribute(semconv::exception::kExceptionMessage, "boom");
    record->SetEventId(1, "id");
    logger->EmitLogRecord(std::move(record));
  }

  auto provider = logs::Provider::GetLoggerProvider();
  if (provider)
  {
    auto other = provider->GetLogger("compile-smoke");
    (void)other;
  }
}

// OpenCensus.
opencensus::tags::TagKey ErrorTypeKey()
{
  static const auto key = opencensus::tags::TagKey::Register("error.type");
  return key;
}

void OpenCensus(bool ok)
{
  static const auto latency =
      opencensus::stats::MeasureDouble::Register("latency", "Latency", "ms");
  static const auto count = opencensus::stats::MeasureInt64::Register("count", "Count", "1");

  auto span = opencensus::trace::Span::StartSpan("oc-span");
  opencensus::trace::WithSpan with_span(span);
  try
  {
    DoWork(ok ? 1 : -1);
    span.SetStatus(opencensus::trace::StatusCode::OK);
    span.SetStatus(opencensus::trace::OK, "done");
    opencensus::stats::Record({{latency, 1.5}, {count, 1}});
  }
  catch (const std::exception &e)
  {
    span.AddAttribute("error.type", "std::runtime_error");
    span.AddAttribute("retry", 3);
    span.AddAttribute("fatal", true);
    span.AddAttributes({{"exception.type", "std::runtime_error"}});
    span.AddAnnotation("exception", {{"exception.message", e.what()}});
    span.SetStatus(opencensus::trace::StatusCode::INTERNAL, e.what());
    opencensus::stats::Record({{latency, 1.5}}, {{ErrorTypeKey(), "internal"}});
  }
  opencensus::trace::GetCurrentSpan().SetStatus(static_cast<opencensus::trace::StatusCode>(0));
  auto child = opencensus::trace::Span::StartSpan("child", &span);
  child.AddAnnotation("plain");
  child.End();
  span.End();

  opencensus::tags::WithTagMap with_tags({{ErrorTypeKey(), "none"}});
}

// Look-alike statuses in the same file as span code.
void Statuses(const nostd::shared_ptr<trace::Span> &span)
{
  absl::Status status = absl::OkStatus();
  if (status.ok() && status.code() == absl::StatusCode::kOk)
    span->SetStatus(trace::StatusCode::kOk);
  absl::Status failed = absl::InternalError("boom");
  if (!failed.ok())
    span->SetStatus(trace::StatusCode::kError, std::string(failed.message()));
  absl::StatusOr<int> value = 5;
  if (value.ok())
    span->SetAttribute("value", *value + value.value());
  absl::StatusOr<int> missing = absl::NotFoundError("missing");
  (void)missing.status().ToString();

  grpc::Status rpc = grpc::Status(grpc::StatusCode::CANCELLED, "cancelled");
  if (rpc.ok() || rpc.error_code() == grpc::OK || rpc.error_code() == grpc::StatusCode::OK)
    span->SetStatus(trace::StatusCode::kOk);
  else
    span->SetStatus(trace::StatusCode::kError, rpc.error_message());
  const grpc::Status *ok_status = &grpc::Status::OK;
  (void)ok_status;
}

}  // namespace

int main()
{
  TraceSuccessPath(2);
  TraceOtherForms();
  OpenCensus(true);
  Statuses(GetTracer()->StartSpan("statuses"));
  return 0;
}

// Keep Metrics/Logs referenced (they need concrete SDK objects to run).
void (*volatile smoke_metrics)(metrics::Meter &, const context::Context &) = &Metrics;
void (*volatile smoke_logs)(nostd::shared_ptr<logs::Logger>,
                            std::map<std::string, std::string> &)        = &Logs;
