// Mock of opentelemetry/nostd/function_ref.h (non-owning callable reference).
#pragma once

#include <memory>
#include <type_traits>
#include <utility>

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
template <class Sig>
class function_ref;

template <class R, class... Args>
class function_ref<R(Args...)>
{
public:
  template <class F,
            typename std::enable_if<
                !std::is_same<function_ref, typename std::decay<F>::type>::value &&
                    std::is_convertible<typename std::invoke_result<F &, Args...>::type, R>::value,
                int>::type = 0>
  function_ref(F &&f) noexcept
      : object_(const_cast<void *>(static_cast<const void *>(std::addressof(f)))),
        invoke_(&Invoke<typename std::remove_reference<F>::type>)
  {}
  function_ref(const function_ref &) noexcept            = default;
  function_ref &operator=(const function_ref &) noexcept = default;

  R operator()(Args... args) const { return invoke_(object_, std::forward<Args>(args)...); }
  explicit operator bool() const noexcept { return invoke_ != nullptr; }

private:
  template <class F>
  static R Invoke(void *object, Args... args)
  {
    return (*static_cast<F *>(object))(std::forward<Args>(args)...);
  }

  void *object_;
  R (*invoke_)(void *, Args...);
};
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
