// Syntax the front end must accept: `#if` around attributes, members, statements and switch cases,
// every string form, regex literals and nested comments.
import Foundation

/* outer /* inner */ still a comment */

enum Platform {
  case linux, other

  #if os(Linux)
  static let current = Platform.linux
  #else
  static let current = Platform.other
  #endif
}

@available(*, deprecated, message: "use newer()")
#if compiler(>=6.0)
@inlinable
#endif
public func older() -> Int { 1 }

func label(_ value: Int) -> String {
  switch value {
  case 0:
    return "zero"
  #if DEBUG
  case 1:
    return "one (debug)"
  #endif
  default:
    #if DEBUG
    print("value", value)
    #endif
    return "many"
  }
}

let name = "world"
let plain = "hello \(name.uppercased()) and \("nested \(name.count)")"
let raw = #"a "quoted" \(not interpolated) \#(name)"#
let multi = """
  line one \(name)
    "quoted" line two
  """
let rawMulti = ##"""
  keeps \(this) and "#"""
  """##
let pattern = /[a-z]+\/[0-9]*/
let extended = #/(?<word>\w+)\s*/#
let ratio = 10 / 2 / 5
let selector = "\(String(ratio, radix: 10))"
let closureInHole = "\([1, 2].map { "\($0)" }.joined(separator: ","))"
