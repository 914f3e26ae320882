// Mock of opentelemetry/context/runtime_context.h: a per-thread current context.
#pragma once

#include "opentelemetry/context/context.h"
#include "opentelemetry/context/context_value.h"
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/nostd/unique_ptr.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace context
{
class RuntimeContext;

class Token
{
public:
  Token(const Token &)            = delete;
  Token &operator=(const Token &) = delete;
  ~Token() noexcept;

  bool operator==(const Context &other) const noexcept { return previous_ == other; }

private:
  friend class RuntimeContext;
  explicit Token(const Context &previous) : previous_(previous) {}
  Context previous_;
};

class RuntimeContext
{
public:
  static Context GetCurrent() noexcept { return Current(); }

  static nostd::unique_ptr<Token> Attach(const Context &context) noexcept
  {
    nostd::unique_ptr<Token> token(new Token(Current()));
    Current() = context;
    return token;
  }

  static bool Detach(Token &token) noexcept
  {
    Current() = token.previous_;
    return true;
  }

  static Context SetValue(nostd::string_view key,
                          const ContextValue &value,
                          Context *context = nullptr) noexcept
  {
    Context base = context != nullptr ? *context : GetCurrent();
    return base.SetValue(key, value);
  }

  static ContextValue GetValue(nostd::string_view key, Context *context = nullptr) noexcept
  {
    return (context != nullptr ? *context : GetCurrent()).GetValue(key);
  }

private:
  static Context &Current() noexcept
  {
    static thread_local Context current;
    return current;
  }
};

inline Token::~Token() noexcept
{
  RuntimeContext::Detach(*this);
}
}  // namespace context
OPENTELEMETRY_END_NAMESPACE
