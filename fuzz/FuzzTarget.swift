// libFuzzer entry: every input goes through the whole per-file pipeline for both languages, the way the
// driver runs it (decode → lex → parse → index → analyze → rules), plus the C# lexer's tiling contract as
// an oracle. Any crash, sanitizer report, leak, timeout or broken contract is a bug. Built by fuzz/build.sh.
import Analysis
import CSharpFrontend
import Rules
import SourceModel
import SwiftFrontend

#if canImport(Glibc)
  import Glibc
#endif

/// Runs `body` on a thread with a 64 MiB stack. The driver parses on 16 MiB threads; AddressSanitizer
/// makes frames several times larger, so the harness gives proportionally more room. Without this a deep
/// but depth-limited recursion would be reported as a stack overflow that cannot happen in a real build.
private func onBigStack(_ body: @escaping () -> Void) {
  final class Box {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
  }
  var attributes = pthread_attr_t()
  pthread_attr_init(&attributes)
  pthread_attr_setstacksize(&attributes, 64 << 20)
  var thread = pthread_t()
  let box = Unmanaged.passRetained(Box(body)).toOpaque()
  let rc = pthread_create(
    &thread, &attributes,
    { raw in
      let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
      box.body()
      return nil
    }, box)
  pthread_attr_destroy(&attributes)
  if rc != 0 {
    Unmanaged<Box>.fromOpaque(box).release()
    body()
    return
  }
  pthread_join(thread, nil)
}

/// Stops the fuzzer with a message libFuzzer records as a crash (with the input saved as an artifact).
private func contractBroken(_ message: String) -> Never {
  let text = Array("vtlint-fuzz: contract broken: \(message)\n".utf8)
  _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  abort()
}

/// The C# lexer's promise: tokens, each after its leading trivia, tile the input exactly and end with one
/// empty `.endOfFile`.
private func checkTiling(_ bytes: [UInt8]) {
  let lexed = CSharpFrontend.Lexer.lex(bytes)
  var offset: UInt32 = 0
  var nextTrivia = 0
  for (index, token) in lexed.tokens.enumerated() {
    guard Int(token.leadingTriviaStart) == nextTrivia, token.leadingTriviaEnd >= token.leadingTriviaStart,
      Int(token.leadingTriviaEnd) <= lexed.trivia.count
    else { contractBroken("token \(index) trivia \(token.leadingTrivia) should start at \(nextTrivia)") }
    for piece in lexed.trivia[token.leadingTrivia] {
      guard piece.range.start == offset, piece.range.end > piece.range.start else {
        contractBroken("trivia piece \(piece.range) at offset \(offset)")
      }
      offset = piece.range.end
    }
    nextTrivia = Int(token.leadingTriviaEnd)
    guard token.range.start == offset, token.range.end >= token.range.start else {
      contractBroken("token \(index) \(token.kind) \(token.range) at offset \(offset)")
    }
    offset = token.range.end
    if token.kind == .endOfFile && index != lexed.tokens.count - 1 { contractBroken("early end of file") }
  }
  guard nextTrivia == lexed.trivia.count, Int(offset) == bytes.count, let last = lexed.tokens.last,
    last.kind == .endOfFile, last.range.isEmpty
  else { contractBroken("pieces end at \(offset) of \(bytes.count) bytes") }
}

/// Lints `bytes` as one file of `language` (index pass, then lint pass), as the driver does per file.
private func lint(_ bytes: [UInt8], as language: Language) {
  let file = SourceFile(path: language == .csharp ? "Fuzz.cs" : "Fuzz.swift", bytes: bytes, language: language)
  let linter = Linters.linter(for: language)
  let options = AnalysisOptions()
  let index = ProjectIndex(linter.indexPart(for: file, options: options))
  let result = linter.lint(file, index: index, options: options)
  // Findings must point into the file: reporters slice lines with these.
  for finding in result.findings where finding.range.upperBound > bytes.count || finding.range.end < finding.range.start
  {
    contractBroken("finding \(finding.ruleID) range \(finding.range) outside \(bytes.count) bytes")
  }
  for diagnostic in result.syntaxDiagnostics where diagnostic.range.upperBound > bytes.count {
    contractBroken("diagnostic range \(diagnostic.range) outside \(bytes.count) bytes")
  }
}

/// Another file of the fuzzed file's project, as its index part, with members named like the fixtures'
/// that `MemberGates` decides: `Add` and `Run` by their declaring type (an ordinary overload takes the same
/// calls), `NextAsync`, `LoadAsync` and `SaveAsync` by argument count (only the counts declared here, or in
/// the fuzzed file, can resolve). The pre-check oracle below then also judges the hits these rules drop,
/// including argument counts read from tokens in mutated code.
private let companion: IndexPart = {
  let source = """
    using System;
    using System.Threading.Tasks;
    class GateOwner {
      public ValueTask Add(int item) => default;
      public ValueTask Run(Func<int> work) => default;
      public ValueTask<int> NextAsync() => default;
      public ValueTask<int> LoadAsync(int id, bool fresh) => default;
      public ValueTask SaveAsync(int a, int b, int c) => default;
    }
    class GatePlain {
      public void Add(int item) { }
      public void Run(Func<int> work) { }
    }
    """
  let file = SourceFile(path: "Companion.cs", bytes: Array(source.utf8), language: .csharp)
  return CSharpLinter().indexPart(for: file, options: AnalysisOptions())
}()

/// Three ways the driver may lint one C# file must agree with a fresh walk in order: over the tree its first
/// pass built (one-file runs), in parts run at once (here: last part first, whatever the file's size), and
/// limited by the pre-check's hits (against a walk of everything).
private func checkReuseAndParts(_ bytes: [UInt8]) {
  let file = SourceFile(path: "Fuzz.cs", bytes: bytes, language: .csharp)
  let linter = CSharpLinter()
  let options = AnalysisOptions()
  let part = linter.firstPass(for: file, options: options)
  var index = ProjectIndex(part.index)
  index.merge(companion)
  index.namesThatMatter = linter.namesThatMatter(index: index, options: options).map(IdentifierDigest.hashes(of:))
  let fresh = linter.lint(file, index: index, options: options)
  let reused = linter.lint(
    file, index: index, options: options, reusing: part.syntax?.compacted(file: file), parallel: nil)
  guard reused.findings == fresh.findings, reused.syntaxDiagnostics == fresh.syntaxDiagnostics,
    reused.comments == fresh.comments
  else { contractBroken("linting over the first-pass tree differs from a fresh lint") }

  let tree = CSharpFrontend.Parser.parse(bytes, deferMemberBodies: true)
  let hits = OneShotPrecheck.hits(in: tree, bytes: bytes, index: index, options: options)
  let inOrderBodies = DeferredBodyParser(tree: tree)
  let inOrder = CSharpFileAnalyzer.analyze(
    tree.root, bytes: bytes, index: index, options: options, hits: hits, bodies: inOrderBodies)
  let partedBodies = DeferredBodyParser(tree: tree)
  let parted = CSharpFileAnalyzer.analyze(
    tree.root, bytes: bytes, index: index, options: options, hits: hits, bodies: partedBodies,
    parallel: .lastFirst, parallelFrom: 0)
  guard parted == inOrder, partedBodies.allDiagnostics == inOrderBodies.allDiagnostics else {
    contractBroken("analysis in parts differs from one walk in order")
  }

  // The pre-check's hits only save work: a walk of everything finds the same facts (value ids by rank).
  let everything = CSharpFileAnalyzer.analyze(
    tree.root, bytes: bytes, index: index, options: options, hits: nil, bodies: DeferredBodyParser(tree: tree))
  guard ranked(hits.isEmpty ? [] : inOrder) == ranked(everything) else {
    contractBroken("the analysis limited by the pre-check's hits differs from a walk of everything")
  }
}

/// A declaration parse in two parts (`DeclarationSplit`, taken by a run of one large file) builds what one
/// parse builds; here every file is split, the second part run first.
private func checkSplitParse(_ bytes: [UInt8]) {
  let lexed = CSharpFrontend.Lexer.lex(bytes)
  let one = CSharpFrontend.Parser.parse(bytes, lexed: lexed, deferMemberBodies: true)
  let split = CSharpFrontend.Parser.parse(
    bytes, lexed: lexed, deferMemberBodies: true, parallel: .lastFirst, splittingFrom: 0)
  guard split.root == one.root, split.diagnostics == one.diagnostics,
    split.declaredMethodNames == one.declaredMethodNames
  else { contractBroken("a declaration parse in two parts differs from one parse") }
}

/// Value ids replaced by their rank among the ids the facts use.
private func ranked(_ facts: [OneShotFact]) -> [OneShotFact] {
  let ids = Set(facts.map(\.valueID)).sorted()
  var rank: [Int: Int] = [:]
  for (position, id) in ids.enumerated() { rank[id] = position }
  return facts.map { fact in
    var copy = fact
    copy.valueID = rank[fact.valueID]!
    return copy
  }
}

/// Every deferred C# member body parsed on demand, whether or not the analysis would ask for it.
private func parseEveryDeferredBody(_ bytes: [UInt8]) {
  let tree = CSharpFrontend.Parser.parse(bytes, deferMemberBodies: true)
  let bodies = DeferredBodyParser(tree: tree)
  var count = 0
  _ = bodies.resolvingAll(tree.root.members, count: &count)
  for diagnostic in bodies.allDiagnostics where diagnostic.range.upperBound > bytes.count {
    contractBroken("deferred-body diagnostic range \(diagnostic.range) outside \(bytes.count) bytes")
  }
}

/// A file the first pass only glances at (`FirstPassGlance`) must be one whose parse adds nothing the run
/// uses: its words are exactly the identifiers the full first pass hashes, every type it declares is among
/// the glance's type names, none of its brackets nests past the parser's limit, and, unless a name it
/// writes matters given the index (the companion's and its own), its second pass yields nothing at all.
private func checkGlance(_ bytes: [UInt8]) {
  let file = SourceFile(path: "Fuzz.cs", bytes: bytes, language: .csharp)
  let options = AnalysisOptions()
  let linter = CSharpLinter()
  let glancer = FirstPassGlancer(options: options)
  guard let glance = linter.firstPass(for: file, options: options, digests: true, glancer: glancer).glance else {
    return
  }
  let full = linter.firstPass(for: file, options: options)
  guard let identifiers = full.identifiers, case .csharp(let tree, _) = full.syntax else {
    contractBroken("a glanced file's first pass has no digest or tree")
  }
  if Set(identifiers.hashes) != Set(glance.words.hashes) {
    contractBroken("glance words differ from the first pass's identifiers")
  }
  let typeNames = Set(glance.typeNames)
  for name in full.index.declaredTypes where !typeNames.contains(IdentifierDigest.hash(name)) {
    contractBroken("declared type \(name) is not among the glance's type names")
  }
  // Brackets nested past the parser's limit are reported from every file, so such a file is never only
  // glanced at. (Deep nesting without brackets may go unjudged in a file naming nothing that matters.)
  if CSharpFrontend.Parser.bracketsNestTooDeep(tree.lexed.tokens) {
    contractBroken("a glanced file has brackets nested past the parser's limit")
  }
  var index = ProjectIndex(companion)
  index.merge(full.index)
  guard let mattering = MatteringHashes(linter, index: index, options: options),
    !FirstPassGlancer.isDue(glance, mattering: mattering.all)
  else { return }
  let result = linter.lint(file, index: index, options: options)
  if !result.findings.isEmpty || !result.comments.isEmpty || !result.attributeSuppressions.isEmpty {
    contractBroken("a glanced file naming nothing that matters yields \(result.findings.count) findings")
  }
}

/// A Swift file the linter does not parse (no trigger name, and a token shape far from the parser's limits,
/// `SwiftTokenShape`) must be one whose parse would not stop at a limit, so that no "nesting too deep" or
/// "too long" goes unreported.
private func checkSwiftShape(_ bytes: [UInt8], parsed tree: SwiftSyntaxTree) {
  let lexed = SwiftFrontend.Lexer.lex(bytes, watching: SwiftTriggers.wordFilter, keepingTrivia: false)
  guard !SwiftTriggers.scan(lexed, bytes: bytes).any, !lexed.shape.mayHitParserLimits else { return }
  if let limit = tree.diagnostics.first(where: { $0.message.contains("too deep") || $0.message.contains("too long") }) {
    contractBroken("an unparsed Swift file's parse stops at a limit: \(limit.message)")
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let raw = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
  onBigStack {
    // Raw bytes straight into the lexer (it must survive NULs and anything else)…
    checkTiling(raw)
    // …and the decoded text through the whole pipeline, as the driver feeds it.
    guard case .text(let bytes, _, _) = SourceDecoder.decode(raw) else { return }
    lint(bytes, as: .csharp)
    checkReuseAndParts(bytes)
    checkSplitParse(bytes)
    parseEveryDeferredBody(bytes)
    checkGlance(bytes)
    lint(bytes, as: .swift)
    // The Swift linter parses only files naming a trigger; most fuzz inputs name none.
    let swiftTree = SwiftFrontend.Parser.parse(bytes)
    checkSwiftShape(bytes, parsed: swiftTree)
    _ = SwiftAnalyzer.analyze(swiftTree)
  }
  return 0
}
