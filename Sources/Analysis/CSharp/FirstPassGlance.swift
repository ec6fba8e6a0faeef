import CSharpFrontend
import SourceModel

/// What a C# file's tokens say before it is parsed. Most files of a tree never name a one-shot value, and
/// for those the rest of the first pass (parsing declarations, indexing them, hashing their uses) adds
/// nothing the analysis can use. So the first pass lexes every file but parses only those whose
/// identifiers can matter (`FirstPassGlancer`); the driver gives the others their first pass later if the
/// index makes one of their names matter (a project's `LoadAsync`), and otherwise never.
///
/// Lexing every file keeps every lexer diagnostic (an unterminated string or comment, a stray byte, a
/// broken `#if`) reported. A glance is also refused wherever nesting looks absurd, so such a file is parsed
/// and its "nesting too deep" reported whatever it names: exactly where brackets nest past the parser's
/// limit (which every parse reports, bodies skipped or not), and by coarse bounds for nesting without
/// brackets. Below those bounds an unparsed file's nesting is not judged: the parser counts a level for a
/// statement, an expression, a block, a pattern, so nesting without brackets costs it one to four levels a
/// token depending on where the tokens stand (a top-level `if` or a parameter's default value are parsed in
/// the first pass, a method body is not), which a glance at tokens cannot know; a file naming nothing that
/// matters has nothing to find however deep it nests (VT9003's documented limits).
public struct FirstPassGlance: Sendable {
  /// The file's identifiers, hashed like the first pass's digests (`IdentifierDigest.hash`).
  public var words: IdentifierDigest
  /// The identifier after each `class`, `struct`, `interface`, `enum` or `record` (or "" when none
  /// follows), and `extension` wherever that word is: a superset of the names of the types the file
  /// declares (a file with `delegate` is never glanced at).
  public var typeNames: [UInt64]

  public init(words: IdentifierDigest, typeNames: [UInt64]) {
    self.words = words
    self.typeNames = typeNames
  }

  /// The hash of the name of a type declared without one (the parser's recovery declares it as "").
  static let emptyName = IdentifierDigest.hash("")
  /// The hash of the name the parser gives an `extension(…)` block.
  static let extensionName = IdentifierDigest.hash("extension")
  /// Brackets deeper than this refuse a glance. The parser reports brackets nested 200 deep
  /// (`Parser.bracketsNestTooDeep`), and the glance pops brackets the way it matches them, so a glanced file
  /// never has one.
  static let bracketDepthLimit = 150
  /// Generic argument lists (`<` not closed by `>` before a `;`, `{` or `}`) deeper than this refuse it.
  static let angleDepthLimit = 100
  /// So does a run of more operators and keywords than this without a `;`, `,`, `{` or `}`: absurd nesting
  /// without brackets (`!!!x`, `a ? b : c ? …`, `x => y => …`, `a = b = …`, `not not x`) takes one per level.
  /// The open brackets and angles count too, as nesting of all kinds adds up.
  static let operatorRunLimit = 150
  /// And a run of more tokens than this (a chain of member accesses nests the tree one level a link), or
  /// more `else` branches than this in one block: an `else if` ladder is one chain to the parser, so a `;`
  /// or a branch's braces do not end it.
  static let runLengthLimit = 900

  /// The glance at a lexed file, or `nil` when it must be parsed now: it names one of `seeds`, writes an
  /// identifier with a `\u` escape or `delegate`, or nests absurdly deep (see the limits above).
  public static func take(_ tokens: [Token], bytes: [UInt8], seeds: Seeds) -> FirstPassGlance? {
    var words = IdentifierDigest.Builder()
    var typeNames: [UInt64] = []
    // Runs over every token of most files: raw buffers, and the open brackets in a fixed stack (a glance
    // is refused before it would overflow).
    let refused: Bool = bytes.withUnsafeBufferPointer { buffer in
      tokens.withUnsafeBufferPointer { tokens in
        withUnsafeTemporaryAllocation(of: TokenKind.self, capacity: bracketDepthLimit) { brackets in
          var open = 0
          var expectingTypeName = false
          var angles = 0
          var run = 0
          var operators = 0
          // `else` branches of one `if … else if …` ladder (`elseFloor`: the depth of its block). A branch
          // ends at a `;` or `}` back at that depth (`branchEnded`); an `if` met before the next `else` starts
          // another statement, so the ladder is over (every ladder starts with an `if`).
          var elses = 0
          var elseFloor = 0
          var branchEnded = false
          for token in tokens {
            run += 1
            switch token.kind {
            case .identifier:
              if token.flags.contains(.hasUnicodeEscape) { return true }
              var lo = Int(token.range.start)
              let hi = Int(token.range.end)
              if lo < hi && lo < buffer.count && buffer[lo] == 0x40 { lo += 1 }  // `@`
              guard lo < hi && hi <= buffer.count else { break }
              let hash = IdentifierDigest.hash(buffer, lo, hi)
              if seeds.contains(hash) { return true }
              words.add(hash: hash)
              if expectingTypeName { typeNames.append(hash) }
              expectingTypeName = token.contextual == .record
              if token.contextual != .none {
                operators += 1
                // A C# 14 `extension(T x)` block is declared as a type named `extension`.
                if token.contextual == .extension { typeNames.append(extensionName) }
              }
              if run > runLengthLimit || open + angles + operators > operatorRunLimit { return true }
              continue
            case .kwClass, .kwStruct, .kwInterface, .kwEnum:
              if expectingTypeName { typeNames.append(emptyName) }  // `record class`: `record` named nothing
              expectingTypeName = true
              continue
            case .kwDelegate:
              return true
            case .openParen, .openBracket, .openBrace, .interpolationStart:
              if open >= bracketDepthLimit { return true }
              brackets[open] = token.kind
              open += 1
              if token.kind == .openBrace {
                run = 0
                operators = 0
                angles = 0
              }
            case .closeParen, .closeBracket, .closeBrace, .interpolationEnd:
              open = Self.close(brackets, open, token.kind)
              if token.kind == .closeBrace {
                if elses > 0 && open <= elseFloor { branchEnded = true }
                run = 0
                operators = 0
                angles = 0
              }
            case .semicolon:
              if elses > 0 && open <= elseFloor { branchEnded = true }
              run = 0
              operators = 0
              angles = 0
            case .comma:
              run = 0
              operators = 0
            case .kwElse:
              branchEnded = false
              if elses == 0 { elseFloor = open }
              elses += 1
              if elses > runLengthLimit { return true }
              operators += 1
            case .kwIf:
              if branchEnded {
                elses = 0
                branchEnded = false
              }
              operators += 1
            case .lessThan:
              angles += 1
              operators += 1
            case .lessThanLessThan:
              angles += 2
              operators += 1
            case .greaterThan, .greaterThanEquals, .greaterThanGreaterThanEquals,
              .greaterThanGreaterThanGreaterThanEquals:
              angles = max(0, angles - 1)
              operators += 1
            case .dot, .questionDot, .doubleColon, .integerLiteral, .realLiteral, .characterLiteral, .stringLiteral,
              .interpolatedStringStart, .interpolatedStringText, .interpolationFormat, .interpolatedStringEnd,
              .endOfFile:
              break
            default:
              operators += 1  // an operator, or a keyword (`new`, `ref`, `throw`, `is`, …)
            }
            // A type keyword not followed by a name may still be a declaration to the parser, of a type named "".
            if expectingTypeName { typeNames.append(emptyName) }
            expectingTypeName = false
            if angles > angleDepthLimit || run > runLengthLimit || open + angles + operators > operatorRunLimit {
              return true
            }
          }
          return false
        }
      }
    }
    return refused ? nil : FirstPassGlance(words: words.digest(), typeNames: typeNames)
  }

  /// The open brackets left after `closer`, the way the parser's bracket matching pops them: the innermost
  /// if it matches, else down to one of the 64 innermost of its kind, else none.
  static func close(_ brackets: UnsafeMutableBufferPointer<TokenKind>, _ open: Int, _ closer: TokenKind) -> Int {
    guard open > 0 else { return 0 }
    let opener: TokenKind =
      switch closer {
      case .closeParen: .openParen
      case .closeBracket: .openBracket
      case .closeBrace: .openBrace
      default: .interpolationStart
      }
    if brackets[open - 1] == opener { return open - 1 }
    var match = open - 2
    let lowest = max(0, open - 64)
    while match >= lowest && brackets[match] != opener { match -= 1 }
    return match >= lowest ? match : open
  }

  /// The names that send a file to its first pass at once, hashed, behind a bitmap of their hashes' low
  /// bits: most identifiers are not among them, and the bitmap says so in a shift and a test.
  public struct Seeds: Sendable {
    let set: IdentifierHashSet
    let bits: [UInt64]

    /// The bitmap's words minus one (a power of two minus one): at least 16 bits a name.
    let mask: UInt64

    public init(_ names: Set<String>) {
      set = IdentifierDigest.hashes(of: names)
      var words = 64
      while words * 4 < names.count { words <<= 1 }
      mask = UInt64(words - 1)
      var bits = [UInt64](repeating: 0, count: words)
      for name in names {
        let hash = IdentifierDigest.hash(name)
        bits[Int(hash >> 6 & mask)] |= 1 << (hash & 63)
      }
      self.bits = bits
    }

    @inline(__always) func contains(_ hash: UInt64) -> Bool {
      bits[Int(hash >> 6 & mask)] & (1 << (hash & 63)) != 0 && set.contains(hash)
    }
  }
}

/// The first pass's gatekeeper for one run: glances at a lexed file and says whether its parse can wait.
public struct FirstPassGlancer: Sendable {
  /// Names that send a file to its first pass at once: those that matter whatever the project holds
  /// (built-in one-shot types and catalog members, configured names), the names of a suppression
  /// attribute, and those the index built so far makes matter.
  let seeds: FirstPassGlance.Seeds
  /// The one-shot types' names as bytes: a file writing one may declare a member returning one.
  let oneShotTypeSpellings: [[UInt8]]

  /// `mattering`: the names that matter given the index so far (`OneShotPrecheck.namesThatMatter`).
  public init(options: AnalysisOptions, mattering: Set<String> = []) {
    var names = OneShotPrecheck.builtinNames.union(options.extraOneShotTypes).union(options.extraOneShotMembers)
    names.formUnion(Attribute.suppressionNames)
    names.formUnion(mattering)
    seeds = FirstPassGlance.Seeds(names)
    oneShotTypeSpellings = Set(["ValueTask"]).union(options.extraOneShotTypes).sorted().map { Array($0.utf8) }
  }

  /// Whether the file's bytes spell a one-shot type's name (`ValueTask`, a configured one) anywhere. The
  /// driver gives such files their first pass before glancing at any other, so that the names those
  /// declarations make matter are known when the others are glanced at.
  public func mayDeclareOneShotMembers(_ file: SourceFile) -> Bool {
    let whole = ByteRange(0, file.bytes.count)
    return oneShotTypeSpellings.contains { ByteSearch.contains(file.bytes, whole, $0) }
  }

  /// The glance at a lexed file, or `nil` when it must be parsed now (see `FirstPassGlance.take`); the
  /// caller also refuses one with a lexer diagnostic or a possible suppression comment.
  public func glance(_ tokens: [Token], bytes: [UInt8]) -> FirstPassGlance? {
    FirstPassGlance.take(tokens, bytes: bytes, seeds: seeds)
  }

  /// Whether a glanced file must take its first pass after all, given the hashes of the names that matter
  /// for the index built so far (`OneShotPrecheck.namesThatMatter`): it writes one.
  public static func isDue(_ glance: FirstPassGlance, mattering: IdentifierHashSet) -> Bool {
    glance.words.intersects(mattering)
  }
}
