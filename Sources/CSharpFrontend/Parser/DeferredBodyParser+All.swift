/// Parsing every deferred body at once: the tree the full parse would have built (tests compare the two,
/// and the fuzzer runs every body through `resolve`).
extension DeferredBodyParser {
  /// `members` with each deferred member body parsed; `count` is increased by the bodies parsed.
  public func resolvingAll(_ members: [Member], count: inout Int) -> [Member] {
    resolvingAll(members, count: &count, depth: 0)
  }

  private func resolvingAll(_ members: [Member], count: inout Int, depth: Int) -> [Member] {
    // The parser bounds nesting already; this guard only keeps the walk safe on any tree.
    guard depth < 256 else { return members }
    return members.map { member in
      var member = member
      member.attributes = resolvingAll(member.attributes, count: &count)
      func expression(_ expr: Expr) -> Expr {
        guard case .deferred = expr.kind else { return expr }
        count += 1
        return resolve(expr)
      }
      func body(_ body: MethodDeclaration.Body?) -> MethodDeclaration.Body? {
        switch body {
        case .block(let block) where block.deferred != nil:
          count += 1
          return .block(resolve(block))
        case .expression(let expr): return .expression(expression(expr))
        default: return body
        }
      }
      func accessors(_ property: PropertyDeclaration) -> PropertyDeclaration {
        var property = property
        for i in property.accessors.indices {
          property.accessors[i].body = body(property.accessors[i].body)
          property.accessors[i].attributes = resolvingAll(property.accessors[i].attributes, count: &count)
        }
        property.expressionBody = property.expressionBody.map(expression)
        property.initializer = property.initializer.map(expression)
        return property
      }
      switch member.kind {
      case .namespace(let name, let usings, let inner, let isFileScoped):
        member.kind = .namespace(
          name: name, usings: usings, members: resolvingAll(inner, count: &count, depth: depth + 1),
          isFileScoped: isFileScoped)
      case .type(var declaration):
        declaration.members = resolvingAll(declaration.members, count: &count, depth: depth + 1)
        member.kind = .type(declaration)
      case .method(var method):
        method.body = body(method.body)
        member.kind = .method(method)
      case .constructor(var method):
        method.body = body(method.body)
        member.kind = .constructor(method)
      case .destructor(var method):
        method.body = body(method.body)
        member.kind = .destructor(method)
      case .operator(var method):
        method.body = body(method.body)
        member.kind = .operator(method)
      case .field(var declaration, let isEvent):
        for i in declaration.declarators.indices {
          declaration.declarators[i].initializer = declaration.declarators[i].initializer.map(expression)
        }
        member.kind = .field(declaration, isEvent: isEvent)
      case .property(let property): member.kind = .property(accessors(property))
      case .indexer(let property): member.kind = .indexer(accessors(property))
      case .event(let property): member.kind = .event(accessors(property))
      default: break
      }
      return member
    }
  }

  /// `lists` with each deferred attribute argument list parsed.
  private func resolvingAll(_ lists: [AttributeList], count: inout Int) -> [AttributeList] {
    lists.map { list in
      var list = list
      for i in list.attributes.indices where list.attributes[i].deferredArguments != nil {
        count += 1
        list.attributes[i] = resolveArguments(list.attributes[i])
      }
      return list
    }
  }
}
