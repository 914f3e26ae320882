// Mock of absl/strings/string_view.h (modern Abseil: alias of std::string_view).
#pragma once

#include <string_view>

namespace absl
{
using std::string_view;
}  // namespace absl
