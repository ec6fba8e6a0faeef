// Structure-aware mutations for the second fuzz binary: instead of flipping bits, edit the input as source
// at token boundaries found by the C# lexer, so mutated fixtures stay close enough to real code to reach
// the parser's recovery paths and the analysis (bit flips mostly produce byte soup the lexer rejects).
import CSharpFrontend
import SourceModel

@_silgen_name("LLVMFuzzerMutate")
private func libFuzzerMutate(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int) -> Int

/// Fragments worth inserting: what one-shot misuse and the grammar's hard corners are made of.
private let vocabulary: [[UInt8]] = [
  "await ", "ValueTask<int> ", "async ", "=> ", "?.", "\"", "\"\"\"\n", "@\"", "$\"{", "$$\"\"\"{{", "'", "#if A\n",
  "#endif\n", "#region r\n", "\n", "}", "{", ")", "(", "<", ">", ">>", ";", ",", "?", "::", "/*", "*/", "//",
  ".AsTask()", ".GetAwaiter().GetResult()", ".ConfigureAwait(false)", "withCheckedContinuation { c in ",
  "c.resume()", "return ", "var v = M(); ", "if (x) ", "else ", "switch x { ", "case ", "default: ", "\\(",
  "#\"", "\"#",
].map { Array($0.utf8) }

private let nestingOpeners: [([UInt8], [UInt8])] = [
  ("(", ")"), ("{", "}"), ("[", "]"), ("<", ">"), ("$\"{", "}\""), ("#if A\n", "#endif\n"), ("/*", "*/"),
  ("await (", ")"), ("x => ", ""), ("new List<", ">()"),
].map { (Array($0.0.utf8), Array($0.1.utf8)) }

/// SplitMix64 seeded by libFuzzer's seed, so each mutation is reproducible from its seed.
private struct MutationRandom {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
}

/// Token start offsets (plus the end of input): the places the mutator cuts and inserts at.
private func tokenBoundaries(_ bytes: [UInt8]) -> [Int] {
  var result: [Int] = []
  for token in Lexer.lex(bytes).tokens { result.append(Int(token.range.start)) }
  result.append(bytes.count)
  return result
}

private func mutate(_ input: [UInt8], maxSize: Int, random: inout MutationRandom) -> [UInt8]? {
  let cuts = tokenBoundaries(input)
  let a = cuts[random.below(cuts.count)]
  let b = cuts[random.below(cuts.count)]
  let lo = min(a, b)
  let hi = max(a, b)
  switch random.below(7) {
  case 0:  // truncate at a token boundary
    return Array(input[0..<a])
  case 1:  // delete one to a few tokens
    let i = random.below(cuts.count - 1)
    let j = min(cuts.count - 1, i + 1 + random.below(4))
    return Array(input[0..<cuts[i]] + input[cuts[j]...])
  case 2:  // duplicate a span of tokens in place
    return Array(input[0..<hi] + input[lo..<hi] + input[hi...])
  case 3:  // deep nesting: many openers at one boundary, closers (sometimes) at a later one
    let (open, close) = nestingOpeners[random.below(nestingOpeners.count)]
    let budget = max(0, maxSize - input.count) / max(1, open.count + close.count)
    let depth = min(budget, 1 + random.below(random.below(2) == 0 ? 64 : 4_000))
    guard depth > 0 else { return nil }
    var out = Array(input[0..<lo])
    for _ in 0..<depth { out += open }
    out += input[lo..<hi]
    if random.below(3) != 0 { for _ in 0..<depth { out += close } }
    out += input[hi...]
    return out
  case 4:  // insert a grammar fragment
    return Array(input[0..<a]) + vocabulary[random.below(vocabulary.count)] + Array(input[a...])
  case 5:  // swap two token spans
    let i = random.below(cuts.count - 1)
    let j = random.below(cuts.count - 1)
    let (x, y) = (min(i, j), max(i, j))
    guard x != y else { return nil }
    let first = input[cuts[x]..<cuts[x + 1]]
    let second = input[cuts[y]..<cuts[y + 1]]
    return Array(input[0..<cuts[x]] + second + input[cuts[x + 1]..<cuts[y]] + first + input[cuts[y + 1]...])
  default:
    return nil  // byte-level mutation by libFuzzer
  }
}

@_cdecl("LLVMFuzzerCustomMutator")
public func customMutator(_ data: UnsafeMutablePointer<UInt8>?, _ size: Int, _ maxSize: Int, _ seed: UInt32) -> Int {
  guard let data else { return 0 }
  var random = MutationRandom(state: UInt64(seed) &* 0x2545_F491_4F6C_DD1D)
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  if let out = mutate(input, maxSize: maxSize, random: &random), out.count <= maxSize, out != input {
    out.withUnsafeBufferPointer { data.update(from: $0.baseAddress!, count: out.count) }
    return out.count
  }
  return libFuzzerMutate(data, size, maxSize)
}
