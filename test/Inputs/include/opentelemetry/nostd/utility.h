// Mock of opentelemetry/nostd/utility.h: nostd::data / nostd::size.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <type_traits>
#include <utility>

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
#if defined(OPENTELEMETRY_STL_VERSION) && OPENTELEMETRY_STL_VERSION >= 2014
using std::data;
using std::size;
#else
template <class C>
auto data(C &c) noexcept(noexcept(c.data())) -> decltype(c.data())
{
  return c.data();
}
template <class C>
auto data(const C &c) noexcept(noexcept(c.data())) -> decltype(c.data())
{
  return c.data();
}
template <class T, std::size_t N>
T *data(T (&array)[N]) noexcept
{
  return array;
}
template <class E>
const E *data(std::initializer_list<E> list) noexcept
{
  return list.begin();
}
template <class C>
auto size(const C &c) noexcept(noexcept(c.size())) -> decltype(c.size())
{
  return c.size();
}
template <class T, std::size_t N>
std::size_t size(T (&)[N]) noexcept
{
  return N;
}
#endif
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
