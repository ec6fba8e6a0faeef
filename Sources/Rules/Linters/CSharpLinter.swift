import Analysis
import CSharpFrontend
import SourceModel

/// C#: parse, index members that return ValueTask, analyze consumptions, apply the C# rules.
public struct CSharpLinter: LanguageLinter {
  public init() {}

  public var language: Language { .csharp }

  public func indexPart(for file: SourceFile, options: AnalysisOptions) -> IndexPart {
    firstPass(for: file, options: options, digests: false).index
  }

  /// The index reads declarations only: member bodies are skipped over their braces. The file's
  /// identifiers are kept as digests (all of them, and those where a member is used), so that its second
  /// pass is skipped when none of them matters where it is written (the pre-check's hits would be empty).
  public func firstPass(for file: SourceFile, options: AnalysisOptions, digests: Bool) -> FirstPassResult {
    firstPass(for: file, options: options, digests: digests, glancer: nil)
  }

  /// `parallel`: a run of one file lends its threads; while a large file is lexed and parsed, one of them
  /// builds its line table, which its findings need later and which would otherwise be built while the
  /// others wait.
  public func firstPass(
    for file: SourceFile, options: AnalysisOptions, digests: Bool, glancer: FirstPassGlancer?,
    parallel: ParallelJobs? = nil
  ) -> FirstPassResult {
    guard let parallel, file.bytes.count >= CSharpLinter.lineTableAlongsideFrom else {
      return firstPassItself(for: file, options: options, digests: digests, glancer: glancer)
    }
    return parallel.both(
      { self.firstPassItself(for: file, options: options, digests: digests, glancer: glancer, parallel: parallel) },
      { _ = file.lines }
    ).0
  }

  /// Files from this size have their line table built alongside their first pass (when threads are lent).
  static let lineTableAlongsideFrom = 1 << 20

  func firstPassItself(
    for file: SourceFile, options: AnalysisOptions, digests: Bool, glancer: FirstPassGlancer?,
    parallel: ParallelJobs? = nil
  ) -> FirstPassResult {
    let lexed = Lexer.lex(
      file.bytes, options: LexerOptions(definedSymbols: options.definedSymbols), prefaulting: parallel)
    // Only a file the lexer found sound and without a possible suppression comment can wait.
    if let glancer, lexed.diagnostics.isEmpty, !CSharpLinter.mayHoldDirectiveComments(lexed, file: file),
      let glance = glancer.glance(lexed.tokens, bytes: file.bytes)
    {
      return FirstPassResult(glance: glance)
    }
    var tree = Parser.parse(file.bytes, lexed: lexed, deferMemberBodies: true, parallel: parallel)
    if let parallel, !digests {
      // A run of one file keeps this tree for its second pass, which needs only its comments of the trivia
      // (`FirstPassSyntax.compacted`): they are read while the declarations are indexed.
      let parsed = tree
      let (index, comments) = parallel.both(
        { CSharpIndexBuilder.part(parsed.root, options: options, parallel: parallel) },
        { CSharpLinter.suppressionComments(in: parsed.lexed, file: file) })
      tree.lexed.trivia = []
      return FirstPassResult(index: index, mustLint: true, syntax: .csharp(tree, comments: comments))
    }
    let index = CSharpIndexBuilder.part(tree.root, options: options)
    guard digests else {
      return FirstPassResult(index: index, mustLint: true, syntax: .csharp(tree, comments: nil))
    }
    let digests = CSharpLinter.identifierDigests(
      tree.lexed.tokens, file: file, matches: tree.bracketMatches,
      declaredNames: tree.declaredMethodNames)
    let mustLint =
      digests.escaped || !tree.diagnostics.isEmpty || CSharpLinter.mayHoldSuppressions(tree, file: file)
    return FirstPassResult(
      index: index, identifiers: digests.all, memberUses: digests.memberUses, useShapes: digests.useShapes,
      mustLint: mustLint, syntax: .csharp(tree, comments: nil))
  }

  /// The file's identifiers as hashes: all of them, those written where a member is used, and those again
  /// with the use's shape (`MemberGates.shapeKey`); and whether one is written with a `\u` escape (then no
  /// digest can be trusted). `matches`: the parser's bracket matches for `tokens`; `declaredNames`: where
  /// method declarations write their names (`CSharpSyntaxTree.declaredMethodNames`), which are not member
  /// uses.
  static func identifierDigests(_ tokens: [Token], file: SourceFile, matches: [Int32], declaredNames: [UInt32]) -> (
    all: IdentifierDigest, memberUses: IdentifierDigest, useShapes: IdentifierDigest, escaped: Bool
  ) {
    var escaped = false
    var digest = IdentifierDigest.Builder()
    var memberUses = IdentifierDigest.Builder()
    var useShapes = IdentifierDigest.Builder()
    var declared = 0
    file.bytes.withUnsafeBufferPointer { buffer in
      for t in tokens.indices where tokens[t].kind == .identifier {
        let token = tokens[t]
        if token.flags.contains(.hasUnicodeEscape) { escaped = true }
        var lo = Int(token.range.start)
        if lo < buffer.count && buffer[lo] == UInt8(ascii: "@") { lo += 1 }
        let hi = Int(token.range.end)
        guard lo < hi && hi <= buffer.count else { continue }
        let hash = IdentifierDigest.hash(buffer, lo, hi)
        digest.add(hash: hash)
        // Declared names ascend with the tokens: each is passed once.
        while declared < declaredNames.count && declaredNames[declared] < token.range.start { declared += 1 }
        if declared < declaredNames.count && declaredNames[declared] == token.range.start { continue }
        let use = MemberUse.at(tokens, t)
        if use != .none {
          memberUses.add(hash: hash)
          let arguments = OneShotPrecheck.arguments(of: use, tokens, matches: matches)
          useShapes.add(hash: MemberGates.shapeKey(hash, arguments: arguments))
        }
      }
    }
    return (digest.digest(), memberUses.digest(), useShapes.digest(), escaped)
  }

  public func glancer(options: AnalysisOptions, mattering: Set<String>) -> FirstPassGlancer? {
    FirstPassGlancer(options: options, mattering: mattering)
  }

  public func namesThatMatter(index: ProjectIndex, options: AnalysisOptions) -> Set<String>? {
    OneShotPrecheck.namesThatMatter(index: index, options: options)
  }

  public func namesMatteringAnywhere(index: ProjectIndex, options: AnalysisOptions) -> Set<String>? {
    OneShotPrecheck.namesMatteringAnywhere(index: index, options: options)
  }

  public func memberGates(index: ProjectIndex, options: AnalysisOptions, mattering: Set<String>) -> MemberGates? {
    MemberGates(index: index, options: options, mattering: mattering)
  }

  /// Could the file's suppressions yield a finding of their own (unused or invalid) with no other finding
  /// in the file: a `#pragma` directive, a comment naming `vtlint:`, or a `[SuppressMessage("vtlint", …)]`.
  static func mayHoldSuppressions(_ tree: CSharpSyntaxTree, file: SourceFile) -> Bool {
    mayHoldDirectiveComments(tree.lexed, file: file)
      || !CSharpAttributeSuppressions.collect(tree.root, file: file).isEmpty
  }

  /// Could a comment or directive of the file be a suppression: a `#pragma warning` line that can concern
  /// vtlint (`PragmaWarning.mayConcernVtlint`), or a comment naming `vtlint:` (the suppression parser reads
  /// no other). Pragmas naming only the compiler's or other analyzers' warnings (`#pragma warning disable
  /// 612, 618`) are common and yield nothing, so they neither make a file's first pass parse it nor send it
  /// to the second.
  static func mayHoldDirectiveComments(_ lexed: LexedSource, file: SourceFile) -> Bool {
    for piece in lexed.trivia {
      switch piece.kind {
      case .directive:
        if ByteSearch.contains(file.bytes, piece.range, ByteSearch.pragma),
          PragmaWarning(directiveText: file.text(piece.range))?.mayConcernVtlint ?? false
        {
          return true
        }
      case .lineComment, .docLineComment, .blockComment, .docBlockComment:
        if ByteSearch.contains(file.bytes, piece.range, ByteSearch.vtlintDirective) { return true }
      default: break
      }
    }
    return false
  }

  public func lint(_ file: SourceFile, index: ProjectIndex, options: AnalysisOptions) -> FileLintResult {
    lint(file, index: index, options: options, reusing: nil, parallel: nil)
  }

  public func lint(
    _ file: SourceFile, index: ProjectIndex, options: AnalysisOptions, reusing syntax: FirstPassSyntax?,
    parallel: ParallelJobs?
  ) -> FileLintResult {
    // Member bodies are parsed only for the members the analysis walks: most members of a large tree
    // never mention a one-shot value, and neither do most files, whose flow walk is skipped altogether.
    var tree: CSharpSyntaxTree
    var kept: [CommentSpan]?
    if case .csharp(let parsed, let comments) = syntax {
      tree = parsed
      kept = comments
    } else {
      tree = Parser.parse(
        file.bytes, options: LexerOptions(definedSymbols: options.definedSymbols), deferMemberBodies: true)
    }
    let comments: [CommentSpan]
    let hits: [UInt32]
    let attributeSuppressions: [AttributeSuppression]
    var members: CSharpFileAnalyzer.FileMembers?
    if let parallel {
      // Threads lent (a run of one file): the comments and attribute suppressions are read, and the member
      // types the analysis needs collected, while the pre-check runs.
      let analyzed = tree
      let keptComments = kept
      (hits, (comments, attributeSuppressions, members)) = parallel.both(
        { OneShotPrecheck.hits(in: analyzed, bytes: file.bytes, index: index, options: options) },
        {
          (
            keptComments ?? CSharpLinter.suppressionComments(in: analyzed.lexed, file: file),
            CSharpAttributeSuppressions.collect(analyzed.root, file: file),
            CSharpFileAnalyzer.members(of: analyzed.root, bytes: file.bytes, index: index, options: options)
          )
        })
    } else {
      comments = kept ?? CSharpLinter.suppressionComments(in: tree.lexed, file: file)
      hits = OneShotPrecheck.hits(in: tree, bytes: file.bytes, index: index, options: options)
      attributeSuppressions = CSharpAttributeSuppressions.collect(tree.root, file: file)
    }
    // Nothing after this reads trivia (about as many pieces as tokens): freed before the analysis (with
    // the copy the jobs above read, which ends with its block).
    tree.lexed.trivia = []
    let bodies = DeferredBodyParser(tree: tree)
    let facts =
      hits.isEmpty
      ? []
      : CSharpFileAnalyzer.analyze(
        tree.root, bytes: file.bytes, index: index, options: options, hits: hits, bodies: bodies, parallel: parallel,
        members: members)
    return FileLintResult(
      findings: CSharpLinter.findings(from: facts, file: file, parallel: parallel),
      syntaxDiagnostics: bodies.allDiagnostics,
      comments: comments, attributeSuppressions: attributeSuppressions)
  }

  /// The C# rule checks, in id order: each turns the facts of its kind into findings.
  static let checks: [@Sendable (OneShotFact, SourceFile) -> Finding?] = [
    ConsumedOnceRule.check, ConsumedTwiceRule.check, ConcurrentConsumptionRule.check,
    BlockingBeforeCompletionRule.check, StoredInLocalRule.check, StoredInFieldRule.check, NotConsumedRule.check,
  ]

  /// One value, one verdict: of all findings about a value, the worst (then the earliest) is kept.
  /// `parallel`: a one-file run's pool, which makes each fact's findings in chunks (a large file has tens of
  /// thousands); keeping the worst is the same whether a fact's own worst is taken first or not.
  static func findings(from facts: [OneShotFact], file: SourceFile, parallel: ParallelJobs? = nil) -> [Finding] {
    var worstOfEach = ParallelJobs.mapInChunks(facts.count, on: parallel) { i -> Finding? in
      var worst: Finding?
      for check in checks {
        guard let finding = check(facts[i], file) else { continue }
        if let current = worst, !isWorse(finding, than: current) { continue }
        worst = finding
      }
      return worst
    }
    // The worst finding's fact, by value id (positions: findings are large values to move around).
    var best: [Int: Int] = [:]
    best.reserveCapacity(facts.count)
    for (i, fact) in facts.enumerated() {
      guard let finding = worstOfEach[i] else { continue }
      if let current = best[fact.valueID], !isWorse(finding, than: worstOfEach[current]!) { continue }
      best[fact.valueID] = i
    }
    // By value id first, so that ties in report order come out the same however the dictionary is laid out.
    // Each kept finding is taken out of its slot (moved, not copied).
    return Finding.inReportOrder(best.keys.sorted().map { worstOfEach[best[$0]!].take()! })
  }

  static func isWorse(_ a: Finding, than b: Finding) -> Bool {
    if a.verdict != b.verdict { return a.verdict > b.verdict }
    if a.range.start != b.range.start { return a.range.start < b.range.start }
    return a.ruleID < b.ruleID
  }

  /// The comments pass 2 keeps: all of them when one can be a suppression, which is all they are read for,
  /// else none (most files hold no suppression).
  static func suppressionComments(in lexed: LexedSource, file: SourceFile) -> [CommentSpan] {
    mayHoldDirectiveComments(lexed, file: file) ? comments(in: lexed, file: file) : []
  }

  /// Comment and directive trivia as `CommentSpan`s.
  static func comments(in lexed: LexedSource, file: SourceFile) -> [CommentSpan] {
    var spans: [CommentSpan] = []
    var codeOnLine = false
    for token in lexed.tokens {
      for piece in lexed.trivia[token.leadingTrivia] {
        switch piece.kind {
        case .newline: codeOnLine = false
        case .lineComment, .docLineComment:
          spans.append(CommentSpan(kind: .line, range: piece.range, isTrailing: codeOnLine))
        case .blockComment, .docBlockComment:
          spans.append(CommentSpan(kind: .block, range: piece.range, isTrailing: codeOnLine))
        case .directive: spans.append(CommentSpan(kind: .directive, range: piece.range, isTrailing: false))
        case .disabledText:
          // A disabled region ends at a line start.
          codeOnLine = false
        default: break
        }
      }
      codeOnLine = true
    }
    return spans
  }
}
