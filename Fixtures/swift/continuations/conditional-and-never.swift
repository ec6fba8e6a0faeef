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

// A condition literals decide (`!true`, `false && os(Linux)`) is as good as `false`.
func negatedTrue() async -> Int {
  await withCheckedContinuation { c in  // expect: GOOD VT0000
    #if !true
      c.resume(returning: 0)
    #endif
    c.resume(returning: 2)
  }
}

// `-> Never` methods end the path where the call reaches them: on `self`, on the type, on a parameter of
// the type. Another type's method of the same name returns, so both resumes run there.
final class Failer {
  func fail(_ message: String) -> Never { fatalError(message) }
  static func die() -> Never { fatalError() }
}

struct Logger {
  func fail(_ message: String) { print(message) }
}

final class Worker {
  let logger = Logger()
  func fail(_ message: String) -> Never { fatalError(message) }

  func viaSelf(_ flag: Bool) async -> Int {
    await withCheckedContinuation { c in  // expect: GOOD VT0000
      if flag {
        c.resume(returning: 1)
        self.fail("x")
      }
      c.resume(returning: 2)
    }
  }

  func viaParameter(_ flag: Bool, _ failer: Failer) async -> Int {
    await withCheckedContinuation { c in  // expect: GOOD VT0000
      if flag {
        c.resume(returning: 1)
        failer.fail("x")
      }
      c.resume(returning: 2)
    }
  }

  func viaType(_ flag: Bool) async -> Int {
    await withCheckedContinuation { c in  // expect: GOOD VT0000
      if flag {
        c.resume(returning: 1)
        Failer.die()
      }
      c.resume(returning: 2)
    }
  }

  func viaAnotherType(_ flag: Bool) async -> Int {
    await withCheckedContinuation { c in
      if flag {
        c.resume(returning: 1)
        logger.fail("x")
      }
      c.resume(returning: 2)  // expect: BAD VT0101
    }
  }
}
