#!/usr/bin/env python3
"""Generates a large, realistic translation unit for benchmarking otel-tidy.

The file looks like one source file of an instrumented C++ service: a broad
set of standard headers, the OpenTelemetry / OpenCensus / absl / gRPC headers
(the mocks in test/Inputs/include, used with -isystem), shared telemetry
helpers, per-entity domain types and backends, and N request handlers written
the way instrumented services write them (spans from a tracer, absl / gRPC /
std::error_code / HTTP-status branches, try/catch handlers that record
exceptions, error.type attributes on failure paths, metrics with attributes,
lambdas, templates), interleaved with ordinary code that touches no telemetry
at all (containers, algorithms, string processing, regex, futures).

A share of the handlers sets the span status to OK on success (or has other
patterns the otel-* checks report), so the checks have findings.

Deterministic: the same --seed and --handlers give the same bytes.

    gen_tu.py --handlers 300 --seed 1 -o gen.cpp
    clang++ -std=c++17 -fsyntax-only -isystem test/Inputs/include gen.cpp
"""

import argparse
import random
import string
import sys

STD_HEADERS = [
    "algorithm", "atomic", "chrono", "cstdint", "functional", "future",
    "iostream", "map", "memory", "mutex", "numeric", "optional", "regex",
    "set", "sstream", "stdexcept", "string", "system_error", "thread",
    "tuple", "typeinfo", "unordered_map", "utility", "variant", "vector",
]

OTEL_HEADERS = [
    "absl/status/status.h",
    "absl/status/statusor.h",
    "absl/strings/string_view.h",
    "grpcpp/grpcpp.h",
    "opencensus/stats/measure.h",
    "opencensus/stats/recording.h",
    "opencensus/tags/tag_key.h",
    "opencensus/tags/tag_map.h",
    "opencensus/trace/span.h",
    "opencensus/trace/status_code.h",
    "opencensus/trace/with_span.h",
    "opentelemetry/common/key_value_iterable_view.h",
    "opentelemetry/context/runtime_context.h",
    "opentelemetry/logs/logger.h",
    "opentelemetry/logs/provider.h",
    "opentelemetry/metrics/meter.h",
    "opentelemetry/metrics/provider.h",
    "opentelemetry/metrics/sync_instruments.h",
    "opentelemetry/nostd/shared_ptr.h",
    "opentelemetry/nostd/string_view.h",
    "opentelemetry/nostd/unique_ptr.h",
    "opentelemetry/semconv/error_attributes.h",
    "opentelemetry/semconv/exception_attributes.h",
    "opentelemetry/semconv/exception_events.h",
    "opentelemetry/trace/provider.h",
    "opentelemetry/trace/scope.h",
    "opentelemetry/trace/span.h",
    "opentelemetry/trace/tracer.h",
]

ENTITIES = [
    "Order", "Cart", "Invoice", "Shipment", "Account", "Profile", "Coupon",
    "Review", "Ticket", "Payment", "Refund", "Warehouse", "Catalog", "Session",
    "Subscription", "Device", "Report", "Quote",
]

VERBS = [
    "Create", "Update", "Fetch", "Cancel", "Sync", "Validate", "Archive",
    "Approve", "Resolve", "Import", "Export", "Reconcile", "Publish", "Expire",
    "Merge", "Audit", "Restore", "Rebuild",
]

FIELDS = [
    ("std::string", "region"), ("int64_t", "version"),
    ("int64_t", "amount_cents"), ("double", "score"), ("bool", "archived"),
    ("std::string", "currency"), ("std::vector<std::string>", "tags"),
    ("std::map<std::string, std::string>", "labels"), ("int32_t", "priority"),
    ("std::chrono::system_clock::time_point", "updated_at"),
    ("std::optional<std::string>", "parent_id"),
]

ROUTES = ["items", "orders", "users", "carts", "invoices", "search", "admin",
          "reports", "sessions", "payments", "devices", "catalog"]


class T(string.Template):
    """$name placeholders: C++ braces stay as they are."""


def sub(template, **kw):
    return T(template).substitute(**kw)


PRELUDE = r"""
namespace $ns
{

namespace trace_api = opentelemetry::trace;
namespace metrics_api = opentelemetry::metrics;
namespace logs_api = opentelemetry::logs;
namespace context_api = opentelemetry::context;
namespace common = opentelemetry::common;
namespace nostd = opentelemetry::nostd;
namespace semconv = opentelemetry::semconv;
namespace census = opencensus::trace;
using trace_api::StatusCode;

// ---------------------------------------------------------------------------
// Telemetry plumbing shared by the handlers of this file.
// ---------------------------------------------------------------------------

nostd::shared_ptr<trace_api::Tracer> GetTracer()
{
  static nostd::shared_ptr<trace_api::Tracer> tracer =
      trace_api::Provider::GetTracerProvider()->GetTracer("$ns", "2.3.1");
  return tracer;
}

nostd::shared_ptr<logs_api::Logger> GetLogger()
{
  static nostd::shared_ptr<logs_api::Logger> logger =
      logs_api::Provider::GetLoggerProvider()->GetLogger("$ns", "$ns");
  return logger;
}

nostd::shared_ptr<metrics_api::Meter> GetMeter()
{
  static nostd::shared_ptr<metrics_api::Meter> meter =
      metrics_api::Provider::GetMeterProvider()->GetMeter("$ns", "2.3.1");
  return meter;
}

struct Instruments
{
  nostd::unique_ptr<metrics_api::Counter<uint64_t>> requests;
  nostd::unique_ptr<metrics_api::Counter<uint64_t>> failures;
  nostd::unique_ptr<metrics_api::Histogram<double>> duration;
  nostd::unique_ptr<metrics_api::UpDownCounter<int64_t>> in_flight;
};

Instruments &GetInstruments()
{
  static Instruments instruments{
      GetMeter()->CreateUInt64Counter("app.requests", "Requests", "{request}"),
      GetMeter()->CreateUInt64Counter("app.failures", "Failed requests", "{request}"),
      GetMeter()->CreateDoubleHistogram("app.duration", "Request duration", "s"),
      GetMeter()->CreateInt64UpDownCounter("app.in_flight", "Requests in flight", "{request}")};
  return instruments;
}

opencensus::stats::MeasureDouble LatencyMeasure()
{
  static const opencensus::stats::MeasureDouble measure =
      opencensus::stats::MeasureDouble::Register("$ns/latency", "Latency", "ms");
  return measure;
}

opencensus::tags::TagKey MethodKey()
{
  static const opencensus::tags::TagKey key = opencensus::tags::TagKey::Register("method");
  return key;
}

// Records the outcome of an operation on its span.
void MarkSpan(const absl::Status &status, trace_api::Span *span)
{
  if (span == nullptr)
    return;
  if (!status.ok())
  {
    span->SetAttribute(semconv::error::kErrorType, std::to_string(status.raw_code()));
    span->SetStatus(StatusCode::kError, status.ToString());
  }
  else
  {
    span->SetStatus(StatusCode::kOk);
  }
}

void RecordSpanError(trace_api::Span &span, nostd::string_view error_type,
                     nostd::string_view message)
{
  span.SetAttribute(semconv::error::kErrorType, error_type);
  span.SetStatus(StatusCode::kError, message);
}

void RecordException(trace_api::Span &span, const std::exception &e)
{
  span.AddEvent(semconv::exception::kException,
                {{semconv::exception::kExceptionType, typeid(e).name()},
                 {semconv::exception::kExceptionMessage, e.what()}});
  span.SetStatus(StatusCode::kError, e.what());
}

// Ends its span when it goes out of scope; OK unless told otherwise.
class SpanGuard
{
public:
  explicit SpanGuard(nostd::string_view name) : span_(GetTracer()->StartSpan(name)) {}
  ~SpanGuard()
  {
    if (!failed_)
      span_->SetStatus(StatusCode::kOk);
    span_->End();
  }
  SpanGuard(const SpanGuard &) = delete;
  SpanGuard &operator=(const SpanGuard &) = delete;

  void Fail(nostd::string_view error_type, nostd::string_view message)
  {
    RecordSpanError(*span_, error_type, message);
    failed_ = true;
  }
  trace_api::Span &span() { return *span_; }

private:
  nostd::shared_ptr<trace_api::Span> span_;
  bool failed_ = false;
};

census::StatusCode ToCensusCode(const absl::Status &status)
{
  return static_cast<census::StatusCode>(status.raw_code());
}

const char *AbslCodeName(absl::StatusCode code)
{
  switch (code)
  {
    case absl::StatusCode::kOk:
      return "OK";
    case absl::StatusCode::kCancelled:
      return "CANCELLED";
    case absl::StatusCode::kInvalidArgument:
      return "INVALID_ARGUMENT";
    case absl::StatusCode::kNotFound:
      return "NOT_FOUND";
    case absl::StatusCode::kUnavailable:
      return "UNAVAILABLE";
    default:
      return "INTERNAL";
  }
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

// Runs fn inside a span; the span fails when fn's status does.
template <typename Fn>
auto WithSpan(nostd::string_view name, Fn &&fn) -> decltype(fn(std::declval<trace_api::Span &>()))
{
  auto span = GetTracer()->StartSpan(name);
  auto scope = trace_api::Tracer::WithActiveSpan(span);
  auto result = fn(*span);
  if (!result.ok())
  {
    span->SetAttribute(semconv::error::kErrorType, AbslCodeName(result.status().code()));
    span->SetStatus(StatusCode::kError, std::string(result.status().message()));
  }
  span->End();
  return result;
}

// Counts an outcome with the same attribute keys for both outcomes.
template <typename Outcome>
void CountOutcome(nostd::string_view operation, const Outcome &outcome)
{
  if (outcome.ok())
    GetInstruments().requests->Add(1, {{"operation", operation}});
  else
    GetInstruments().failures->Add(1, {{"operation", operation},
                                       {semconv::error::kErrorType, "failed"}});
}

// ---------------------------------------------------------------------------
// Ordinary helpers (no telemetry).
// ---------------------------------------------------------------------------

std::vector<std::string> SplitFields(const std::string &text, char separator)
{
  std::vector<std::string> fields;
  std::string current;
  for (char c : text)
  {
    if (c == separator)
    {
      fields.push_back(current);
      current.clear();
    }
    else
    {
      current.push_back(c);
    }
  }
  fields.push_back(current);
  return fields;
}

std::string JoinFields(const std::vector<std::string> &fields, const std::string &separator)
{
  std::ostringstream out;
  for (size_t i = 0; i < fields.size(); ++i)
  {
    if (i != 0)
      out << separator;
    out << fields[i];
  }
  return out.str();
}

std::string Trim(const std::string &text)
{
  const auto begin = std::find_if_not(text.begin(), text.end(), [](unsigned char c) {
    return std::isspace(c) != 0;
  });
  const auto end = std::find_if_not(text.rbegin(), text.rend(), [](unsigned char c) {
                     return std::isspace(c) != 0;
                   }).base();
  return begin < end ? std::string(begin, end) : std::string();
}

std::string ToLower(std::string text)
{
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool LooksLikeId(const std::string &text)
{
  static const std::regex pattern("^[a-z]{2,8}-[0-9a-f]{6,32}$$");
  return std::regex_match(text, pattern);
}

int64_t ParseAmount(const std::string &text)
{
  size_t used = 0;
  const long long value = std::stoll(text, &used);
  if (used != text.size())
    throw std::invalid_argument("trailing characters in amount: " + text);
  if (value < 0)
    throw std::out_of_range("negative amount: " + text);
  return static_cast<int64_t>(value);
}

using FieldValue = std::variant<int64_t, double, std::string, bool>;

std::string Render(const FieldValue &value)
{
  return std::visit(
      [](const auto &v) -> std::string {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, std::string>)
          return '"' + v + '"';
        else if constexpr (std::is_same_v<V, bool>)
          return v ? "true" : "false";
        else
          return std::to_string(v);
      },
      value);
}

template <typename K, typename V>
class LruCache
{
public:
  explicit LruCache(size_t capacity) : capacity_(capacity) {}

  std::optional<V> Get(const K &key)
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = index_.find(key);
    if (it == index_.end())
      return std::nullopt;
    order_.erase(std::remove(order_.begin(), order_.end(), key), order_.end());
    order_.push_back(key);
    return it->second;
  }

  void Put(const K &key, V value)
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (index_.size() >= capacity_ && !order_.empty() && index_.count(key) == 0)
    {
      index_.erase(order_.front());
      order_.erase(order_.begin());
    }
    index_[key] = std::move(value);
    order_.push_back(key);
  }

  size_t size() const
  {
    std::lock_guard<std::mutex> lock(mu_);
    return index_.size();
  }

private:
  size_t capacity_;
  mutable std::mutex mu_;
  std::unordered_map<K, V> index_;
  std::vector<K> order_;
};

struct HttpRequest
{
  std::string method;
  std::string path;
  std::string body;
  std::map<std::string, std::string> headers;
  std::map<std::string, std::string> query;
};

struct HttpResponse
{
  int status = 200;
  std::string reason;
  std::string body;
};

struct Request
{
  std::string id;
  std::string key;
  std::string payload;
  std::string amount;
  std::vector<std::string> items;
  std::chrono::steady_clock::time_point deadline;
};

// Generated RPC stub (the implementation lives in the generated code).
class BackendStub
{
public:
  grpc::Status Invoke(grpc::ClientContext *context, const std::string &method,
                      const std::string &request, std::string *reply);
  grpc::Status Stream(grpc::ClientContext *context, const std::string &method,
                      const std::vector<std::string> &requests);
};

class TransportError : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

void WriteLines(const std::string &path, const std::vector<std::string> &lines,
                std::error_code &ec);
void Enqueue(const std::string &key, std::function<void(const absl::Status &)> done);
std::string SendHttp(const std::string &url, const std::string &body);  // throws TransportError

"""

ENTITY_TEMPLATE = r"""
struct ${E}Record
{
  std::string id;
$fields};

absl::StatusOr<${E}Record> Load${E}(const std::string &id);
absl::Status Store${E}(const ${E}Record &record);
absl::Status Delete${E}(const std::string &id);
std::vector<${E}Record> List${E}s(const std::string &owner, int limit);

std::string Describe(const ${E}Record &record)
{
  std::ostringstream out;
  out << "${E}(" << record.id$describe << ")";
  return out.str();
}

bool operator<(const ${E}Record &a, const ${E}Record &b) { return a.id < b.id; }

"""


# ---------------------------------------------------------------------------
# Handler bodies. Each returns C++ text. `ok` asks for an OK-on-success (or
# otherwise reportable) variant.
# ---------------------------------------------------------------------------

def h_grpc_client(r, name, e, ok):
    okbranch = ("\n  else\n  {\n    span->SetStatus(StatusCode::kOk);\n  }" if ok else "")
    return sub(r"""
grpc::Status ${name}(BackendStub &stub, const Request &request, std::string *reply)
{
  auto span = GetTracer()->StartSpan("${E}Service/${name}", {{"rpc.system", "grpc"},
                                                          {"rpc.service", "${E}Service"},
                                                          {"rpc.method", "${name}"}});
  auto scope = GetTracer()->WithActiveSpan(span);
  grpc::ClientContext context;
  const std::string body = JoinFields(request.items, ",");
  grpc::Status status = stub.Invoke(&context, "${name}", body, reply);
  span->SetAttribute("rpc.grpc.status_code", static_cast<int64_t>(status.error_code()));
  if (!status.ok())
  {
    span->SetAttribute(semconv::error::kErrorType, std::to_string(status.error_code()));
    span->SetStatus(StatusCode::kError, status.error_message());
  }$okbranch
  span->End();
  return status;
}
""", name=name, E=e, okbranch=okbranch)


def h_absl_pipeline(r, name, e, ok):
    mark = ("  MarkSpan(status, span.get());\n" if ok else
            "  if (!status.ok())\n"
            "    RecordSpanError(*span, AbslCodeName(status.code()), status.ToString());\n")
    return sub(r"""
absl::Status ${name}(const Request &request)
{
  auto span = GetTracer()->StartSpan("${E}.${name}");
  span->SetAttribute("app.request.id", request.id);
  absl::StatusOr<${E}Record> record = Load${E}(request.key);
  if (!record.ok())
  {
    RecordSpanError(*span, AbslCodeName(record.status().code()),
                    std::string(record.status().message()));
    span->End();
    return record.status();
  }
  std::vector<std::string> fields = SplitFields(request.payload, ';');
  std::sort(fields.begin(), fields.end());
  fields.erase(std::unique(fields.begin(), fields.end()), fields.end());
  record->id = Trim(record->id);
  span->SetAttribute("app.fields", static_cast<int64_t>(fields.size()));
  absl::Status status = Store${E}(*record);
$mark  span->End();
  return status;
}
""", name=name, E=e, mark=mark)


def h_http_server(r, name, e, ok):
    route = r.choice(ROUTES)
    if ok:
        status_set = ("  span->SetStatus(response.status < 500 ? StatusCode::kOk : StatusCode::kError,\n"
                      "                  response.reason);\n")
    else:
        status_set = ("  if (response.status >= 500)\n  {\n"
                      "    span->SetAttribute(semconv::error::kErrorType, std::to_string(response.status));\n"
                      "    span->SetStatus(StatusCode::kError, response.reason);\n  }\n")
    return sub(r"""
HttpResponse ${name}(const HttpRequest &request)
{
  const auto start = std::chrono::steady_clock::now();
  auto span = GetTracer()->StartSpan("${method} /${route}", {{"http.request.method", "${method}"},
                                                    {"http.route", "/${route}"}});
  auto scope = GetTracer()->WithActiveSpan(span);
  GetInstruments().in_flight->Add(1);
  HttpResponse response;
  auto id = request.query.find("id");
  if (id == request.query.end() || !LooksLikeId(id->second))
  {
    response.status = 400;
    response.reason = "missing or malformed id";
  }
  else
  {
    absl::StatusOr<${E}Record> record = Load${E}(id->second);
    response.status = record.ok() ? 200 : HttpStatusFor(record.status());
    if (record.ok())
      response.body = Describe(*record);
    else
      response.reason = std::string(record.status().message());
  }
  span->SetAttribute("http.response.status_code", static_cast<int64_t>(response.status));
$status_set  span->End();
  GetInstruments().in_flight->Add(-1);
  GetInstruments().requests->Add(1, {{"http.route", "/${route}"},
                                     {"http.response.status_code", static_cast<int64_t>(response.status)}});
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  GetInstruments().duration->Record(elapsed.count(), {{"http.route", "/${route}"}},
                                    context_api::RuntimeContext::GetCurrent());
  return response;
}
""", name=name, E=e, route=route, method=r.choice(["GET", "POST", "PUT", "DELETE"]),
               status_set=status_set)


def h_try_catch(r, name, e, ok):
    # ok: log + span event for the same exception (a duplicate record), and
    # an error.type on the success path.
    success_attr = ('  span->SetAttribute(semconv::error::kErrorType, "");\n' if ok else "")
    log = (r"""    GetLogger()->Error("amount could not be parsed",
                       common::MakeAttributes({{semconv::exception::kExceptionType, "std::invalid_argument"},
                                               {semconv::exception::kExceptionMessage, e.what()}}));
""" if ok else "")
    return sub(r"""
int64_t ${name}(const Request &request)
{
  auto span = GetTracer()->StartSpan("${E}.${name}");
  int64_t amount = 0;
  try
  {
    amount = ParseAmount(Trim(request.amount));
    span->SetAttribute("app.amount_cents", amount);
  }
  catch (const std::invalid_argument &e)
  {
$log    span->AddEvent(semconv::exception::kException,
                   {{semconv::exception::kExceptionType, typeid(e).name()},
                    {semconv::exception::kExceptionMessage, e.what()}});
    span->SetAttribute(semconv::error::kErrorType, "invalid_amount");
    span->SetStatus(StatusCode::kError, e.what());
    span->End();
    return -1;
  }
  catch (const std::exception &e)
  {
    RecordException(*span, e);
    span->End();
    throw;
  }
$success_attr  span->End();
  return amount;
}
""", name=name, E=e, log=log, success_attr=success_attr)


def h_error_code(r, name, e, ok):
    okset = ("  span->SetStatus(StatusCode::kOk);\n" if ok else "")
    return sub(r"""
bool ${name}(const std::string &path, const std::vector<${E}Record> &records)
{
  auto span = GetTracer()->StartSpan("${E}.${name}", {{"file.path", path.c_str()}});
  std::vector<std::string> lines;
  lines.reserve(records.size());
  for (const ${E}Record &record : records)
    lines.push_back(Describe(record));
  std::error_code ec;
  WriteLines(path, lines, ec);
  if (ec)
  {
    span->SetAttribute(semconv::error::kErrorType, ec.category().name());
    span->SetStatus(StatusCode::kError, ec.message());
    span->End();
    return false;
  }
  span->SetAttribute("app.lines", static_cast<int64_t>(lines.size()));
$okset  span->End();
  return true;
}
""", name=name, E=e, okset=okset)


def h_lambda_callback(r, name, e, ok):
    okbranch = ("    else\n      span->SetStatus(StatusCode::kOk);\n" if ok else "")
    return sub(r"""
void ${name}(const Request &request, std::function<void(const absl::Status &)> done)
{
  auto span = GetTracer()->StartSpan("${E}.${name}");
  span->SetAttribute("app.items", static_cast<int64_t>(request.items.size()));
  auto on_done = [span, done](const absl::Status &status) {
    if (!status.ok())
    {
      span->SetAttribute(semconv::error::kErrorType, AbslCodeName(status.code()));
      span->SetStatus(StatusCode::kError, std::string(status.message()));
    }
$okbranch    span->End();
    done(status);
  };
  Enqueue(request.key, on_done);
}
""", name=name, E=e, okbranch=okbranch)


def h_template_user(r, name, e, ok):
    extra = ("    span.SetStatus(StatusCode::kOk);\n" if ok else "")
    return sub(r"""
absl::StatusOr<${E}Record> ${name}(const std::string &id, const std::string &owner)
{
  auto result = WithSpan("${E}.${name}", [&](trace_api::Span &span) -> absl::StatusOr<${E}Record> {
    span.SetAttribute("app.owner", owner);
    absl::StatusOr<${E}Record> record = Load${E}(id);
    if (!record.ok())
      return record;
    if (record->owner != owner)
      return absl::Status(absl::StatusCode::kPermissionDenied, "not the owner");
$extra    return record;
  });
  CountOutcome("${name}", result);
  return result;
}
""", name=name, E=e, extra=extra)


def h_switch(r, name, e, ok):
    okcase = ("      span.SetStatus(StatusCode::kOk);\n" if ok else "")
    return sub(r"""
void ${name}(trace_api::Span &span, const absl::Status &status)
{
  switch (status.code())
  {
    case absl::StatusCode::kOk:
$okcase      break;
    case absl::StatusCode::kNotFound:
      span.SetAttribute("app.cache", "miss");
      break;
    case absl::StatusCode::kCancelled:
      span.AddEvent("cancelled");
      break;
    default:
      span.SetAttribute(semconv::error::kErrorType, AbslCodeName(status.code()));
      span.SetStatus(StatusCode::kError, status.ToString());
      break;
  }
}
""", name=name, E=e, okcase=okcase)


def h_census(r, name, e, ok):
    okset = ("  span.SetStatus(census::StatusCode::OK);\n" if ok else "")
    return sub(r"""
absl::StatusOr<${E}Record> ${name}(const std::string &id, int64_t wanted)
{
  auto span = census::Span::StartSpan("${E}.${name}");
  census::WithSpan with_span(span);
  span.AddAttribute("app.id", id);
  const auto start = std::chrono::steady_clock::now();
  absl::StatusOr<${E}Record> record = Load${E}(id);
  if (!record.ok())
  {
    span.SetStatus(ToCensusCode(record.status()), std::string(record.status().message()));
    span.End();
    return record;
  }
  if (static_cast<int64_t>(record->id.size()) < wanted)
  {
    span.AddAnnotation("short id", {{"app.wanted", wanted}});
    span.SetStatus(census::StatusCode::FAILED_PRECONDITION, "short id");
    span.End();
    return absl::Status(absl::StatusCode::kFailedPrecondition, "short id");
  }
  const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
  opencensus::stats::Record({{LatencyMeasure(), elapsed.count()}}, {{MethodKey(), "${name}"}});
$okset  span.End();
  return record;
}
""", name=name, E=e, okset=okset)


def h_retry(r, name, e, ok):
    okset = ("      span->SetStatus(StatusCode::kOk);\n" if ok else "")
    return sub(r"""
grpc::Status ${name}(BackendStub &stub, const std::vector<std::string> &batch, int max_attempts)
{
  auto span = GetTracer()->StartSpan("${E}.${name}");
  grpc::Status status;
  for (int attempt = 1; attempt <= max_attempts; ++attempt)
  {
    grpc::ClientContext context;
    status = stub.Stream(&context, "${name}", batch);
    if (status.ok())
    {
$okset      break;
    }
    span->SetStatus(StatusCode::kError, status.error_message());
    if (status.error_code() != grpc::StatusCode::UNAVAILABLE &&
        status.error_code() != grpc::StatusCode::DEADLINE_EXCEEDED)
      break;
    span->AddEvent("retry", {{"attempt", attempt}});
    std::this_thread::sleep_for(std::chrono::milliseconds(10 * attempt));
  }
  span->End();
  return status;
}
""", name=name, E=e, okset=okset)


def h_guard(r, name, e, ok):
    return sub(r"""
HttpResponse ${name}(const HttpRequest &request)
{
  SpanGuard guard("${E}.${name}");
  guard.span().SetAttribute("http.route", request.path);
  absl::StatusOr<${E}Record> record = Load${E}(request.body);
  if (!record.ok())
  {
    guard.Fail("not_found", std::string(record.status().message()));
    return HttpResponse{404, "not found", ""};
  }
  absl::Status removed = Delete${E}(record->id);
  if (!removed.ok())
  {
    guard.Fail(AbslCodeName(removed.code()), removed.ToString());
    return HttpResponse{HttpStatusFor(removed), removed.ToString(), ""};
  }
  return HttpResponse{204, "", ""};
}
""", name=name, E=e)


def h_rethrow(r, name, e, ok):
    # ok: record, then rethrow into a wrapper that records again.
    inner_record = ("    RecordException(*span, e);\n" if ok else
                    '    span->SetAttribute(semconv::error::kErrorType, "transport");\n'
                    "    span->SetStatus(StatusCode::kError, e.what());\n")
    return sub(r"""
std::string ${name}(const std::string &url, const Request &request)
{
  auto span = GetTracer()->StartSpan("${E}.${name}", {{"url.full", url.c_str()}});
  try
  {
    std::string reply = SendHttp(url, request.payload);
    span->SetAttribute("app.reply_bytes", static_cast<int64_t>(reply.size()));
    span->End();
    return reply;
  }
  catch (const TransportError &e)
  {
$inner_record    span->End();
    throw;
  }
}

std::string ${name}Checked(const std::string &url, const Request &request)
{
  auto span = trace_api::Tracer::GetCurrentSpan();
  try
  {
    return ${name}(url, request);
  }
  catch (const std::runtime_error &e)
  {
    GetLogger()->Warn("request failed, falling back to the cache");
    span->AddEvent("fallback", {{"reason", e.what()}});
    return std::string();
  }
}
""", name=name, E=e, inner_record=inner_record)


def h_metrics_only(r, name, e, ok):
    return sub(r"""
void ${name}(const std::vector<${E}Record> &records, bool succeeded)
{
  std::map<std::string, std::string> attributes{{"entity", "${E}"},
                                                {"outcome", succeeded ? "success" : "failure"}};
  GetInstruments().requests->Add(records.size(), attributes);
  std::map<std::string, int64_t> per_owner;
  for (const ${E}Record &record : records)
    ++per_owner[record.id.substr(0, record.id.find('-'))];
  for (const auto &entry : per_owner)
    GetInstruments().requests->Add(static_cast<uint64_t>(entry.second),
                                   {{"entity", "${E}"}, {"owner", entry.first.c_str()}});
}
""", name=name, E=e)


def h_fanout(r, name, e, ok):
    okset = ("  if (failures == 0)\n    span->SetStatus(StatusCode::kOk, \"all shards answered\");\n"
             if ok else "")
    return sub(r"""
std::vector<${E}Record> ${name}(const std::vector<std::string> &owners)
{
  auto span = GetTracer()->StartSpan("${E}.${name}");
  auto scope = GetTracer()->WithActiveSpan(span);
  std::vector<std::future<std::vector<${E}Record>>> shards;
  for (const std::string &owner : owners)
    shards.push_back(std::async(std::launch::async, [owner] { return List${E}s(owner, 100); }));
  std::vector<${E}Record> all;
  int failures = 0;
  for (auto &shard : shards)
  {
    try
    {
      std::vector<${E}Record> part = shard.get();
      all.insert(all.end(), part.begin(), part.end());
    }
    catch (const std::system_error &e)
    {
      ++failures;
      span->AddEvent("shard failed", {{"error.code", e.code().value()}});
    }
  }
  std::sort(all.begin(), all.end());
  span->SetAttribute("app.results", static_cast<int64_t>(all.size()));
  if (failures > 0)
  {
    span->SetAttribute(semconv::error::kErrorType, "partial");
    span->SetStatus(StatusCode::kError, std::to_string(failures) + " shards failed");
  }
$okset  span->End();
  return all;
}
""", name=name, E=e, okset=okset)


TELEMETRY = [
    (h_grpc_client, 3), (h_absl_pipeline, 3), (h_http_server, 3),
    (h_try_catch, 2), (h_error_code, 2), (h_lambda_callback, 2),
    (h_template_user, 2), (h_switch, 1), (h_census, 2), (h_retry, 1),
    (h_guard, 1), (h_rethrow, 1), (h_metrics_only, 1), (h_fanout, 1),
]


# ---------------------------------------------------------------------------
# Ordinary code: no telemetry.
# ---------------------------------------------------------------------------

def n_index(r, name, e):
    return sub(r"""
std::unordered_map<std::string, std::vector<std::string>> ${name}(const std::vector<${E}Record> &records)
{
  std::unordered_map<std::string, std::vector<std::string>> index;
  for (const ${E}Record &record : records)
  {
    for (const std::string &word : SplitFields(ToLower(record.id), '-'))
    {
      if (word.size() < $minlen)
        continue;
      index[word].push_back(record.id);
    }
  }
  for (auto &entry : index)
  {
    std::sort(entry.second.begin(), entry.second.end());
    entry.second.erase(std::unique(entry.second.begin(), entry.second.end()), entry.second.end());
  }
  return index;
}
""", name=name, E=e, minlen=r.randint(2, 4))


def n_stats(r, name, e):
    return sub(r"""
std::tuple<double, double, double> ${name}(std::vector<double> samples)
{
  if (samples.empty())
    return {0.0, 0.0, 0.0};
  std::sort(samples.begin(), samples.end());
  const double sum = std::accumulate(samples.begin(), samples.end(), 0.0);
  const double mean = sum / static_cast<double>(samples.size());
  const double p$pct = samples[static_cast<size_t>(samples.size() * 0.$pct)];
  double variance = 0;
  for (double s : samples)
    variance += (s - mean) * (s - mean);
  return {mean, p$pct, variance / static_cast<double>(samples.size())};
}
""", name=name, pct=r.choice(["50", "90", "95", "99"]))


def n_parse(r, name, e):
    return sub(r"""
std::optional<std::map<std::string, FieldValue>> ${name}(const std::string &text)
{
  static const std::regex pair_pattern("([a-z_]+)=([^;]*)");
  std::map<std::string, FieldValue> fields;
  for (std::sregex_iterator it(text.begin(), text.end(), pair_pattern), end; it != end; ++it)
  {
    const std::string key = (*it)[1].str();
    const std::string value = Trim((*it)[2].str());
    if (value == "true" || value == "false")
      fields[key] = value == "true";
    else if (!value.empty() && std::all_of(value.begin(), value.end(), ::isdigit))
      fields[key] = static_cast<int64_t>(std::stoll(value));
    else
      fields[key] = value;
  }
  if (fields.empty())
    return std::nullopt;
  return fields;
}
""", name=name)


def n_cache(r, name, e):
    return sub(r"""
class ${name}
{
public:
  explicit ${name}(size_t capacity) : cache_(capacity) {}

  std::optional<${E}Record> Lookup(const std::string &id)
  {
    ++lookups_;
    std::optional<${E}Record> hit = cache_.Get(id);
    if (hit)
      ++hits_;
    return hit;
  }

  void Remember(const ${E}Record &record) { cache_.Put(record.id, record); }

  double HitRatio() const
  {
    return lookups_ == 0 ? 0.0 : static_cast<double>(hits_) / static_cast<double>(lookups_);
  }

private:
  LruCache<std::string, ${E}Record> cache_;
  std::atomic<uint64_t> lookups_{0};
  std::atomic<uint64_t> hits_{0};
};
""", name=name, E=e)


def n_render(r, name, e):
    return sub(r"""
std::string ${name}(const std::map<std::string, FieldValue> &fields)
{
  std::vector<std::string> parts;
  parts.reserve(fields.size());
  for (const auto &field : fields)
    parts.push_back(field.first + ": " + Render(field.second));
  std::sort(parts.begin(), parts.end(), [](const std::string &a, const std::string &b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  });
  std::ostringstream out;
  out << "{" << JoinFields(parts, ", ") << "}";
  return out.str();
}
""", name=name)


def n_deadline(r, name, e):
    return sub(r"""
std::chrono::milliseconds ${name}(const Request &request, std::chrono::milliseconds budget)
{
  const auto now = std::chrono::steady_clock::now();
  if (request.deadline <= now)
    return std::chrono::milliseconds(0);
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(request.deadline - now);
  left = std::min(left, budget);
  const auto per_item = request.items.empty()
                            ? left
                            : left / static_cast<int64_t>(request.items.size());
  return std::max(per_item, std::chrono::milliseconds($floor));
}
""", name=name, floor=r.choice([1, 5, 10, 25]))


def n_errc(r, name, e):
    return sub(r"""
std::error_code ${name}(const std::string &path, size_t size)
{
  if (path.empty())
    return std::make_error_code(std::errc::invalid_argument);
  if (size > $limit)
    return std::make_error_code(std::errc::file_too_large);
  if (path.find("..") != std::string::npos)
    return std::make_error_code(std::errc::permission_denied);
  return {};
}
""", name=name, limit=r.choice([1 << 20, 1 << 24, 1 << 30]))


def n_worker(r, name, e):
    return sub(r"""
size_t ${name}(const std::vector<${E}Record> &records, unsigned workers)
{
  std::mutex mu;
  std::set<std::string> seen;
  std::vector<std::thread> threads;
  for (unsigned w = 0; w < workers; ++w)
  {
    threads.emplace_back([&, w] {
      for (size_t i = w; i < records.size(); i += workers)
      {
        std::string key = ToLower(records[i].id);
        std::lock_guard<std::mutex> lock(mu);
        seen.insert(std::move(key));
      }
    });
  }
  for (std::thread &t : threads)
    t.join();
  return seen.size();
}
""", name=name, E=e)


ORDINARY = [(n_index, 2), (n_stats, 1), (n_parse, 1), (n_cache, 1),
            (n_render, 1), (n_deadline, 1), (n_errc, 1), (n_worker, 1)]


def weighted(r, table):
    total = sum(w for _, w in table)
    x = r.uniform(0, total)
    for fn, w in table:
        x -= w
        if x <= 0:
            return fn
    return table[-1][0]


def generate(handlers, seed, ok_share, telemetry_share, entities):
    r = random.Random(seed)
    ns = "svc%d" % seed
    out = []
    out.append("// Generated by tool/benchmark/gen_tu.py --handlers %d --seed %d "
               "--ok-share %.2f --telemetry-share %.2f.\n" %
               (handlers, seed, ok_share, telemetry_share))
    out.append("// A synthetic instrumented service for benchmarking otel-tidy; "
               "not meant to link.\n")
    for h in STD_HEADERS:
        out.append("#include <%s>\n" % h)
    out.append("#include <cctype>\n\n")
    for h in OTEL_HEADERS:
        out.append('#include "%s"\n' % h)
    out.append(sub(PRELUDE, ns=ns))

    ents = ENTITIES[:entities]
    for e in ents:
        fields = r.sample(FIELDS, r.randint(3, 6))
        fields = [("std::string", "owner")] + fields
        ftext = "".join("  %s %s;\n" % (t, n) for t, n in fields)
        printable = [n for t, n in fields
                     if t in ("std::string", "int64_t", "double", "bool", "int32_t")]
        describe = "".join(' << ", %s=" << record.%s' % (n, n) for n in printable)
        out.append(sub(ENTITY_TEMPLATE, E=e, fields=ftext, describe=describe))

    used = set()
    counts = {"telemetry": 0, "ordinary": 0, "ok_variant": 0}
    registry = []
    for i in range(handlers):
        e = r.choice(ents)
        verb = r.choice(VERBS)
        name = "%s%s%d" % (verb, e, i)
        if name in used:
            name += "x"
        used.add(name)
        if r.random() < telemetry_share:
            fn = weighted(r, TELEMETRY)
            ok = r.random() < ok_share
            out.append(fn(r, name, e, ok))
            counts["telemetry"] += 1
            counts["ok_variant"] += int(ok)
            if fn is h_http_server or fn is h_guard:
                registry.append(name)
        else:
            fn = weighted(r, ORDINARY)
            out.append(fn(r, name, e))
            counts["ordinary"] += 1

    # The routing table: every HTTP handler, through std::function.
    out.append("\nusing Handler = std::function<HttpResponse(const HttpRequest &)>;\n\n")
    out.append("const std::map<std::string, Handler> &Routes()\n{\n")
    out.append("  static const std::map<std::string, Handler> routes{\n")
    for n in registry:
        out.append('      {"%s", %s},\n' % (n, n))
    out.append("  };\n  return routes;\n}\n\n")
    out.append(r"""HttpResponse Dispatch(const HttpRequest &request)
{
  const auto &routes = Routes();
  auto it = routes.find(request.path);
  if (it == routes.end())
    return HttpResponse{404, "no route", ""};
  return it->second(request);
}

}  // namespace """ + ns + "\n")
    return "".join(out), counts


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--handlers", type=int, default=300,
                   help="number of functions after the prelude (default 300)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--ok-share", type=float, default=0.15,
                   help="share of telemetry handlers written with a reportable "
                        "pattern such as OK on success (default 0.15)")
    p.add_argument("--telemetry-share", type=float, default=0.6,
                   help="share of functions that touch telemetry (default 0.6)")
    p.add_argument("--entities", type=int, default=12,
                   help="number of domain entities (max %d)" % len(ENTITIES))
    p.add_argument("-o", "--output", default="-")
    p.add_argument("--stats", action="store_true",
                   help="print the handler mix to stderr")
    a = p.parse_args(argv)
    text, counts = generate(a.handlers, a.seed, a.ok_share, a.telemetry_share,
                            max(1, min(a.entities, len(ENTITIES))))
    if a.output == "-":
        sys.stdout.write(text)
    else:
        with open(a.output, "w") as f:
            f.write(text)
    if a.stats:
        sys.stderr.write("gen_tu: %d lines, %d telemetry functions (%d with a "
                         "reportable pattern), %d ordinary\n" %
                         (text.count("\n"), counts["telemetry"],
                          counts["ok_variant"], counts["ordinary"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
