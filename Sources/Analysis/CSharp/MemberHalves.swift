import SourceModel

/// A list of members split in two, for walks whose output is a list in member order (the index's
/// declarations, the analysis's work items): each half is walked on its own thread, and the two outputs put
/// one after the other are what one walk of the list gives. Used by a run of one file, whose largest list
/// (a namespace of thousands of types, a type of thousands of members) would keep one core busy alone.
enum MemberHalves {
  /// Lists from this many members are walked in halves when threads are lent.
  static let from = 2048

  /// `walk` of each half of a list of `count` members (its positions), at once on `parallel`; the results
  /// in list order.
  static func map<T: Sendable>(_ count: Int, on parallel: ParallelJobs, _ walk: @escaping @Sendable (Range<Int>) -> T)
    -> [T]
  {
    parallel.map(2) { half in walk(half == 0 ? 0..<count / 2 : count / 2..<count) }
  }
}
