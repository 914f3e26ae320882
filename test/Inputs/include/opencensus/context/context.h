// Mock of opencensus/context/context.h (minimal).
#ifndef OPENCENSUS_CONTEXT_CONTEXT_H_
#define OPENCENSUS_CONTEXT_CONTEXT_H_

#include <functional>
#include <string>
#include <utility>

namespace opencensus
{
namespace context
{
class Context
{
public:
  static const Context &Current()
  {
    static const Context current;
    return current;
  }

  Context(const Context &)            = default;
  Context &operator=(const Context &) = default;

  std::function<void()> Wrap(std::function<void()> fn) const { return fn; }
  std::string DebugString() const { return "Context"; }

private:
  Context() = default;
};
}  // namespace context
}  // namespace opencensus

#endif  // OPENCENSUS_CONTEXT_CONTEXT_H_
