// Mock of opentelemetry/nostd/type_traits.h.
#pragma once

#include <type_traits>

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
template <class T>
using add_pointer_t = typename std::add_pointer<T>::type;
template <bool B, class T = void>
using enable_if_t = typename std::enable_if<B, T>::type;
template <class T>
using remove_const_t = typename std::remove_const<T>::type;
template <class T>
using remove_reference_t = typename std::remove_reference<T>::type;
template <class T>
using remove_cvref_t = typename std::remove_cv<remove_reference_t<T>>::type;
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
