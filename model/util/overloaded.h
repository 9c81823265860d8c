#pragma once

namespace hs {

// An overload set of lambdas for std::visit: each alternative gets its own branch, and a
// variant alternative no branch accepts is a compile error, never a silent default.
template <typename... Ts> struct overloaded : Ts...
{
    using Ts::operator()...;
};
template <typename... Ts> overloaded(Ts...) -> overloaded<Ts...>;

} // namespace hs
