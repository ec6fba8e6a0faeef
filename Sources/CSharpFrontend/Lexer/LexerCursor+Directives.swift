/// One open `#if` … `#endif` group.
struct ConditionalFrame {
  /// Whether the enclosing code is live; a group inside a disabled region never turns anything on.
  var parentActive: Bool
  /// Some branch of this group was taken already, so later `#elif`/`#else` branches are off.
  var taken: Bool
  /// Whether the current branch is live.
  var active: Bool
  var sawElse: Bool
}

/// Preprocessor directives: each directive line becomes `.directive` trivia, `#define`/`#undef` update the
/// symbol set, and `#if`/`#elif`/`#else`/`#endif` decide which regions are `.disabledText`.
extension LexerCursor {
  @inline(__always) var isActive: Bool { conditionals.last?.active ?? true }

  /// Lexes the directive line at `pos` (a `#` that is the first non-blank on its line), then any disabled
  /// region that follows it.
  mutating func lexDirective() {
    let start = pos
    skipToLineEnd()
    addTrivia(.directive, from: start)
    applyDirective(start: start, end: pos)
    atLineStart = false
    if !isActive { lexDisabledRegion() }
  }

  /// Interprets one directive line `bytes[start..<end]` (starting at `#`).
  mutating func applyDirective(start: Int, end: Int) {
    var i = start + 1
    while i < end && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
    let nameStart = i
    while i < end && isASCIILetter(bytes[i]) { i += 1 }
    var name = DirectiveName(bytes: bytes, start: nameStart, end: i)
    // `#!` (a script's shebang line) and `#:` (file-based app settings, `#:package …`) do not affect lexing.
    if nameStart == i && nameStart < end && (bytes[nameStart] == 0x21 || bytes[nameStart] == 0x3A) { name = .other }
    let rest = i
    switch name {
    case .if:
      let parent = isActive
      let value = parent ? evaluateCondition(start: rest, end: end, directiveStart: start) : false
      conditionals.append(ConditionalFrame(parentActive: parent, taken: value, active: value, sawElse: false))
    case .elif:
      guard var frame = conditionals.popLast() else {
        diagnose("#elif without #if", from: start, to: end)
        return
      }
      if frame.sawElse { diagnose("#elif after #else", from: start, to: end) }
      if frame.taken || !frame.parentActive {
        frame.active = false
      } else {
        let value = evaluateCondition(start: rest, end: end, directiveStart: start)
        frame.active = value
        frame.taken = value
      }
      conditionals.append(frame)
    case .else:
      guard var frame = conditionals.popLast() else {
        diagnose("#else without #if", from: start, to: end)
        return
      }
      if frame.sawElse { diagnose("second #else in one #if", from: start, to: end) }
      frame.sawElse = true
      frame.active = frame.parentActive && !frame.taken
      frame.taken = true
      conditionals.append(frame)
    case .endif:
      if conditionals.popLast() == nil { diagnose("#endif without #if", from: start, to: end) }
    case .define, .undef:
      guard isActive else { return }
      var s = rest
      while s < end && (bytes[s] == 0x20 || bytes[s] == 0x09) { s += 1 }
      var e = s
      while e < end && isDirectiveSymbolByte(bytes[e]) { e += 1 }
      guard e > s else {
        diagnose("#\(name == .define ? "define" : "undef") needs a symbol", from: start, to: end)
        return
      }
      let symbol = String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self)
      if name == .define { symbols.insert(symbol) } else { symbols.remove(symbol) }
    case .other:
      break
    case .unknown:
      if isActive { diagnose("unknown preprocessor directive", from: start, to: end) }
    }
  }

  /// Consumes a disabled region: whole lines up to the next `#if`/`#elif`/`#else`/`#endif` line (which is
  /// left for the trivia loop) or end of file. The line break after the directive stays a `.newline`.
  mutating func lexDisabledRegion() {
    // The directive's own line break.
    if pos < count {
      let start = pos
      pos += (bytes[pos] == 0x0D && at(pos + 1) == 0x0A) ? 2 : 1
      newline(from: start)
    }
    let start = pos
    while pos < count {
      // `pos` is at a line start here.
      var i = pos
      while i < count && (bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0B || bytes[i] == 0x0C) { i += 1 }
      if i < count && bytes[i] == 0x23 && endsDisabledRegion(hashAt: i) { break }
      pos = i
      skipToLineEnd()
      if pos < count { pos += (bytes[pos] == 0x0D && at(pos + 1) == 0x0A) ? 2 : 1 }
    }
    if pos > start {
      addTrivia(.disabledText, from: start)
      sawNewline = true
    }
    atLineStart = true
  }

  /// Forwards to `LexerInput` (no copy of the cursor; see there).
  @inline(__always) func endsDisabledRegion(hashAt: Int) -> Bool { input.endsDisabledRegion(hashAt: hashAt) }

  /// Reports `#if` groups still open at end of file.
  mutating func finishConditionals() {
    if !conditionals.isEmpty {
      diagnose("#if without matching #endif", from: count, to: count)
      conditionals.removeAll()
    }
  }

  @inline(__always) func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

  /// Bytes allowed in a conditional symbol: ASCII letters, digits, `_`, and any non-ASCII byte.
  @inline(__always) func isDirectiveSymbolByte(_ b: UInt8) -> Bool {
    isASCIILetter(b) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b >= 0x80
  }
}

/// The directive names the lexer distinguishes.
enum DirectiveName: Equatable {
  case `if`, elif, `else`, endif, define, undef
  /// A known directive with no effect on lexing (`#region`, `#pragma`, `#nullable`, `#line`, …).
  case other
  case unknown

  init(bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
    func matches(_ word: StaticString) -> Bool {
      guard word.utf8CodeUnitCount == end - start else { return false }
      let w = word.utf8Start
      for k in 0..<(end - start) where bytes[start + k] != w[k] { return false }
      return true
    }
    if matches("if") {
      self = .if
    } else if matches("elif") {
      self = .elif
    } else if matches("else") {
      self = .else
    } else if matches("endif") {
      self = .endif
    } else if matches("define") {
      self = .define
    } else if matches("undef") {
      self = .undef
    } else if matches("region") || matches("endregion") || matches("pragma") || matches("nullable")
      || matches("line") || matches("error") || matches("warning") || matches("r") || matches("load")
      || matches("addin") || matches("tool")
    {
      // `#r` and `#load` appear in C# scripts, `#addin` and `#tool` in Cake build scripts; none changes
      // lexing.
      self = .other
    } else {
      self = .unknown
    }
  }
}

extension LexerInput {
  /// Whether the directive at `hashAt` is one that can end (or nest inside) a disabled region.
  func endsDisabledRegion(hashAt: Int) -> Bool {
    var i = hashAt + 1
    while i < count && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
    let nameStart = i
    while i < count && LexerCursor.isLetter(bytes[i]) { i += 1 }
    switch DirectiveName(bytes: bytes, start: nameStart, end: i) {
    case .if, .elif, .else, .endif: return true
    default: return false
    }
  }
}
