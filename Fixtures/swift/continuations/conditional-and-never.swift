// Found by an adversarial review. Each `#if` block compiles one clause, and the clauses of two blocks are
// chosen together by the build (`os(Linux)` and `!os(Linux)`): the paths cannot tell, so such a closure is
// not judged. An `#if false` clause is never compiled. A call to one of the file's `-> Never` functions
// ends its path like `fatalError`. In `v.map { resume } ?? resume` the right side runs only when the left
// did not resume.
func fail(_ message: String) -> Never { fatalError(message) }

func twoPlatformBlocks() async -> Int {
  await withCheckedContinuation { c in
    #if os(Linux)
      c.resume(returning: 1)
    #endif
    #if !os(Linux)
      c.resume(returning: 2)
    #endif
  }
}

func neverCompiled() async -> Int {
  await withCheckedContinuation { c in  // expect: GOOD VT0000
    #if false
      c.resume(returning: 0)
    #endif
    c.resume(returning: 2)
  }
}

func endsInNever(_ flag: Bool) async -> Int {
  await withCheckedContinuation { c in  // expect: GOOD VT0000
    if flag {
      c.resume(returning: 1)
      fail("stop")
    }
    c.resume(returning: 2)
  }
}

func coalesced(_ value: Int?) async -> Int {
  await withCheckedContinuation { c in
    value.map { c.resume(returning: $0) } ?? c.resume(returning: 0)
  }
}
