/// A list of members split in two, for walks whose output is a list in member order (the index's
/// declarations, the analysis's work items): each half is walked on its own thread, and the two outputs put
/// one after the other are what one walk of the list gives. Used by a run of one file, whose largest list
/// (a namespace of thousands of types, a type of thousands of members) would keep one core busy alone.
enum MemberHalves {
  /// Lists from this many members are walked in halves when threads are lent.
  static let from = 2048

  /// The members of `half` (0 or 1).
  static func range<T>(_ half: Int, of list: [T]) -> Range<Int> {
    half == 0 ? 0..<list.count / 2 : list.count / 2..<list.count
  }
}
