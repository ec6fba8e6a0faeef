/// Keyword recognition without building strings: an identifier's bytes (ASCII lowercase, 2 to 10 long) are
/// packed little-endian into a `UInt64` (the first 8 bytes) and matched with a `switch` over constants.
/// No keyword contains a zero byte, so words of different lengths never pack to the same value.
extension LexerCursor {
  /// The keyword kind of `bytes[start..<end]`: a reserved keyword kind, or `.identifier` with the contextual
  /// keyword it spells (`.none` for a plain name).
  @inline(__always)
  func keyword(start: Int, end: Int) -> (TokenKind, ContextualKeyword) {
    let length = end - start
    guard length >= 2 && length <= 10 else { return (.identifier, .none) }
    var head: UInt64 = 0
    var i = 0
    let headLength = Swift.min(length, 8)
    while i < headLength {
      let b = bytes[start + i]
      // Every keyword is lowercase ASCII letters only.
      guard b >= 0x61 && b <= 0x7A else { return (.identifier, .none) }
      head |= UInt64(b) << UInt64(i * 8)
      i += 1
    }
    if length <= 8 { return Self.shortKeyword(head) }
    var tail: UInt64 = 0
    while i < length {
      tail |= UInt64(bytes[start + i]) << UInt64((i - 8) * 8)
      i += 1
    }
    return Self.longKeyword(head, tail)
  }

  /// Keywords of 2 to 8 letters.
  static func shortKeyword(_ head: UInt64) -> (TokenKind, ContextualKeyword) {
    switch head {
    case 0x6669: return (.kwIf, .none)  // if
    case 0x6E69: return (.kwIn, .none)  // in
    case 0x6E6F: return (.identifier, .`on`)  // on
    case 0x6F64: return (.kwDo, .none)  // do
    case 0x726F: return (.identifier, .`or`)  // or
    case 0x7361: return (.kwAs, .none)  // as
    case 0x7369: return (.kwIs, .none)  // is
    case 0x7962: return (.identifier, .`by`)  // by
    case 0x646461: return (.identifier, .`add`)  // add
    case 0x646E61: return (.identifier, .`and`)  // and
    case 0x666572: return (.kwRef, .none)  // ref
    case 0x726176: return (.identifier, .`var`)  // var
    case 0x726F66: return (.kwFor, .none)  // for
    case 0x746567: return (.identifier, .`get`)  // get
    case 0x74656C: return (.identifier, .`let`)  // let
    case 0x746573: return (.identifier, .`set`)  // set
    case 0x746E69: return (.kwInt, .none)  // int
    case 0x746F6E: return (.identifier, .`not`)  // not
    case 0x74756F: return (.kwOut, .none)  // out
    case 0x77656E: return (.kwNew, .none)  // new
    case 0x797274: return (.kwTry, .none)  // try
    case 0x64696F76: return (.kwVoid, .none)  // void
    case 0x656C6966: return (.identifier, .`file`)  // file
    case 0x65736162: return (.kwBase, .none)  // base
    case 0x65736163: return (.kwCase, .none)  // case
    case 0x65736C65: return (.kwElse, .none)  // else
    case 0x65747962: return (.kwByte, .none)  // byte
    case 0x65757274: return (.kwTrue, .none)  // true
    case 0x676E6F6C: return (.kwLong, .none)  // long
    case 0x68746977: return (.identifier, .`with`)  // with
    case 0x6B636F6C: return (.kwLock, .none)  // lock
    case 0x6C6C756E: return (.kwNull, .none)  // null
    case 0x6C6F6F62: return (.kwBool, .none)  // bool
    case 0x6D6F7266: return (.identifier, .`from`)  // from
    case 0x6D756E65: return (.kwEnum, .none)  // enum
    case 0x6E656877: return (.identifier, .`when`)  // when
    case 0x6E696F6A: return (.identifier, .`join`)  // join
    case 0x6F746E69: return (.identifier, .`into`)  // into
    case 0x6F746F67: return (.kwGoto, .none)  // goto
    case 0x72616863: return (.kwChar, .none)  // char
    case 0x73677261: return (.identifier, .`args`)  // args
    case 0x73696874: return (.kwThis, .none)  // this
    case 0x74696E69: return (.identifier, .`init`)  // init
    case 0x746E696E: return (.identifier, .`nint`)  // nint
    case 0x746E6975: return (.kwUint, .none)  // uint
    case 0x636E797361: return (.identifier, .`async`)  // async
    case 0x6465786966: return (.kwFixed, .none)  // fixed
    case 0x646C656966: return (.identifier, .`field`)  // field
    case 0x646C656979: return (.identifier, .`yield`)  // yield
    case 0x656C696877: return (.kwWhile, .none)  // while
    case 0x6572656877: return (.identifier, .`where`)  // where
    case 0x65736C6166: return (.kwFalse, .none)  // false
    case 0x6574796273: return (.kwSbyte, .none)  // sbyte
    case 0x65756C6176: return (.identifier, .`value`)  // value
    case 0x676E697375: return (.kwUsing, .none)  // using
    case 0x676E6F6C75: return (.kwUlong, .none)  // ulong
    case 0x6863746163: return (.kwCatch, .none)  // catch
    case 0x6B61657262: return (.kwBreak, .none)  // break
    case 0x70756F7267: return (.identifier, .`group`)  // group
    case 0x7361696C61: return (.identifier, .`alias`)  // alias
    case 0x7373616C63: return (.kwClass, .none)  // class
    case 0x74616F6C66: return (.kwFloat, .none)  // float
    case 0x7469617761: return (.identifier, .`await`)  // await
    case 0x746E657665: return (.kwEvent, .none)  // event
    case 0x746E69756E: return (.identifier, .`nuint`)  // nuint
    case 0x74726F6873: return (.kwShort, .none)  // short
    case 0x74736E6F63: return (.kwConst, .none)  // const
    case 0x776F726874: return (.kwThrow, .none)  // throw
    case 0x63696C627570: return (.kwPublic, .none)  // public
    case 0x636974617473: return (.kwStatic, .none)  // static
    case 0x64656C616573: return (.kwSealed, .none)  // sealed
    case 0x6465706F6373: return (.identifier, .`scoped`)  // scoped
    case 0x64726F636572: return (.identifier, .`record`)  // record
    case 0x656661736E75: return (.kwUnsafe, .none)  // unsafe
    case 0x656C62756F64: return (.kwDouble, .none)  // double
    case 0x65766F6D6572: return (.identifier, .`remove`)  // remove
    case 0x666F656D616E: return (.identifier, .`nameof`)  // nameof
    case 0x666F65707974: return (.kwTypeof, .none)  // typeof
    case 0x666F657A6973: return (.kwSizeof, .none)  // sizeof
    case 0x676E69727473: return (.kwString, .none)  // string
    case 0x686374697773: return (.kwSwitch, .none)  // switch
    case 0x6C61626F6C67: return (.identifier, .`global`)  // global
    case 0x6E7265747865: return (.kwExtern, .none)  // extern
    case 0x6E7275746572: return (.kwReturn, .none)  // return
    case 0x736C61757165: return (.identifier, .`equals`)  // equals
    case 0x736D61726170: return (.kwParams, .none)  // params
    case 0x73776F6C6C61: return (.identifier, .`allows`)  // allows
    case 0x7463656A626F: return (.kwObject, .none)  // object
    case 0x7463656C6573: return (.identifier, .`select`)  // select
    case 0x746375727473: return (.kwStruct, .none)  // struct
    case 0x74726F687375: return (.kwUshort, .none)  // ushort
    case 0x63696D616E7964: return (.identifier, .`dynamic`)  // dynamic
    case 0x646567616E616D: return (.identifier, .`managed`)  // managed
    case 0x64656B63656863: return (.kwChecked, .none)  // checked
    case 0x65746176697270: return (.kwPrivate, .none)  // private
    case 0x68636165726F66: return (.kwForeach, .none)  // foreach
    case 0x6C616974726170: return (.identifier, .`partial`)  // partial
    case 0x6C616D69636564: return (.kwDecimal, .none)  // decimal
    case 0x6C617574726976: return (.kwVirtual, .none)  // virtual
    case 0x6C6C756E746F6E: return (.identifier, .`notnull`)  // notnull
    case 0x746C7561666564: return (.kwDefault, .none)  // default
    case 0x7962726564726F: return (.identifier, .`orderby`)  // orderby
    case 0x796C6C616E6966: return (.kwFinally, .none)  // finally
    case 0x6465726975716572: return (.identifier, .`required`)  // required
    case 0x656469727265766F: return (.kwOverride, .none)  // override
    case 0x656C6974616C6F76: return (.kwVolatile, .none)  // volatile
    case 0x65746167656C6564: return (.kwDelegate, .none)  // delegate
    case 0x65756E69746E6F63: return (.kwContinue, .none)  // continue
    case 0x6C616E7265746E69: return (.kwInternal, .none)  // internal
    case 0x726F74617265706F: return (.kwOperator, .none)  // operator
    case 0x7463617274736261: return (.kwAbstract, .none)  // abstract
    case 0x746963696C706D69: return (.kwImplicit, .none)  // implicit
    case 0x746963696C707865: return (.kwExplicit, .none)  // explicit
    case 0x796C6E6F64616572: return (.kwReadonly, .none)  // readonly
    default: return (.identifier, .`none`)
    }
  }

  /// Keywords of 9 or 10 letters: the first 8 letters in `head`, the rest in `tail`.
  static func longKeyword(_ head: UInt64, _ tail: UInt64) -> (TokenKind, ContextualKeyword) {
    let plain: (TokenKind, ContextualKeyword) = (.identifier, .none)
    switch head {
    case 0x6361667265746E69: return tail == 0x65 ? (.kwInterface, .none) : plain  // interface
    case 0x63617073656D616E: return tail == 0x65 ? (.kwNamespace, .none) : plain  // namespace
    case 0x6567616E616D6E75: return tail == 0x64 ? (.identifier, .`unmanaged`) : plain  // unmanaged
    case 0x656B636568636E75: return tail == 0x64 ? (.kwUnchecked, .none) : plain  // unchecked
    case 0x65746365746F7270: return tail == 0x64 ? (.kwProtected, .none) : plain  // protected
    case 0x69646E6563736564: return tail == 0x676E ? (.identifier, .`descending`) : plain  // descending
    case 0x6C6C616B63617473: return tail == 0x636F ? (.kwStackalloc, .none) : plain  // stackalloc
    case 0x6E69646E65637361: return tail == 0x67 ? (.identifier, .`ascending`) : plain  // ascending
    case 0x6F69736E65747865: return tail == 0x6E ? (.identifier, .`extension`) : plain  // extension
    default: return plain
    }
  }
}
