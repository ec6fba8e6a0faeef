// VT0107 async-let-never-awaited: an `async let` nobody awaits is cancelled and awaited implicitly when its
// scope ends, so its work is thrown away (and the scope still waits for it).
func refreshCache() async -> Int { 0 }
func otherWork() async {}

func discarded() async {
  async let _ = refreshCache()  // expect: WARNING VT0107
  await otherWork()
}

func namedButUnused() async {
  async let warmUp = refreshCache()  // expect: WARNING VT0107
  await otherWork()
}

func tupleNeverAwaited() async {
  async let (a, b) = (refreshCache(), refreshCache())  // expect: WARNING VT0107
  await otherWork()
}

// Awaited on every path, awaited twice, awaited in a tuple: all fine.
func awaitedOnEveryPath(flag: Bool) async -> Int {
  async let value = refreshCache()
  if flag {
    return await value
  } else {
    return await value * 2
  }
}

func awaitedTwice() async -> Int {
  async let value = refreshCache()
  let first = await value
  let second = await value
  return first + second
}

func awaitedTogether() async -> Int {
  async let a = refreshCache()
  async let b = refreshCache()
  let (x, y) = await (a, b)
  return x + y
}
