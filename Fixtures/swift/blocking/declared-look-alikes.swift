// Names the file declares itself (found by an adversarial review): a `.wait()` on a type of the file, a
// closure property named `wait`, a function named `usleep` need not block, so they are not reported. Code in
// `#if false`, or after a call to one of the file's `-> Never` functions, never runs.
import Foundation

struct Barrier {
  func wait() -> Bool { true }
}

struct Options {
  var wait: () -> Bool = { false }
}

func usleep(_ microseconds: Int) {}

func unsupported() -> Never { fatalError("unsupported") }

func check(_ barrier: Barrier, _ options: Options) async -> Bool {
  usleep(10)
  return barrier.wait() && options.wait()
}

func neverCompiled() async {
  #if false
    sleep(1)
  #endif
}

func afterNever() async {
  unsupported()
  sleep(1)
}

// The file's look-alikes are matched by their labels and types: an extension adding `wait(label:)` leaves
// the real `wait()` blocking, and libc `sleep` in a type that declares no `sleep` still blocks.
extension DispatchGroup {
  func wait(label: String) {}
}

func groupWait(_ group: DispatchGroup) async {
  group.wait()  // expect: BAD VT0103
}

struct Clock {
  func sleep(_ seconds: UInt32) {}
  func tick() async { sleep(1) }
}

struct Ticker {
  func tick() async {
    sleep(1)  // expect: BAD VT0103
  }
}
