/// Escaping for the XML formats (JUnit, Checkstyle), valid XML 1.0 whatever the input.
///
/// `& < > " '` become entities. In attributes TAB, LF and CR become character references so attribute-value
/// normalisation does not turn them into spaces. Characters XML 1.0 cannot carry at all (other C0 controls,
/// U+FFFE, U+FFFF) become U+FFFD; they cannot even be written as character references.
enum XMLEscaping {
  static func attribute(_ s: String) -> String { escape(s, inAttribute: true) }
  static func text(_ s: String) -> String { escape(s, inAttribute: false) }

  private static func escape(_ s: String, inAttribute: Bool) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar.value {
      case 0x26: out += "&amp;"
      case 0x3C: out += "&lt;"
      case 0x3E: out += "&gt;"
      case 0x22: out += "&quot;"
      case 0x27: out += "&apos;"
      case 0x09: out += inAttribute ? "&#9;" : "\t"
      case 0x0A: out += inAttribute ? "&#10;" : "\n"
      case 0x0D: out += "&#13;"
      case 0x00..<0x20, 0xFFFE, 0xFFFF: out += "\u{FFFD}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
