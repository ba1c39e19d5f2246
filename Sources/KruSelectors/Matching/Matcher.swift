import KruHTML

/// Matches selectors against elements of one document, right to left.
///
/// Works on node indexes; with a ``SelectorMatchingContext`` sibling questions are answered from
/// its tables, without one they are answered by scanning the parent's children.
struct Matcher {
    let nodes: [HTMLNode]
    let context: SiblingTables?
    /// Class and id selectors compare ASCII case-insensitively (quirks mode).
    let quirksMode: Bool

    init(document: HTMLDocument) {
        nodes = document.nodes
        context = nil
        quirksMode = document.quirksMode
    }

    init(context: SelectorMatchingContext) {
        nodes = context.tables.nodes
        self.context = context.tables
        quirksMode = context.tables.quirksMode
    }

    /// The result of matching part of a complex selector; the failures tell the caller how far back
    /// it must go before trying again (the "restart" scheme of Servo and WebKit, which keeps
    /// matching linear in the depth of the tree for most selectors).
    private enum Outcome {
        case matched
        case restartFromClosestLaterSibling
        case restartFromClosestDescendant
        case notMatchedGlobally
    }

    /// Whether `selector` matches the element at `element`. For the relative selectors of
    /// `:has()`, `anchor` is the element `:has()` is tested on.
    func matches(_ selector: Selector, _ element: Int, anchor: Int = -1) -> Bool {
        if selector.pseudoElement != nil { return false }
        return match(selector, selector.compounds.count - 1, element, anchor) == .matched
    }

    func matchesAny(_ list: SelectorList, _ element: Int) -> Bool {
        for selector in list.selectors where matches(selector, element) { return true }
        return false
    }

    private func match(_ selector: Selector, _ compoundIndex: Int, _ element: Int, _ anchor: Int) -> Outcome {
        // Index -1 is the anchor of a relative selector: a compound only the anchor matches.
        if compoundIndex < 0 { return element == anchor ? .matched : .restartFromClosestLaterSibling }
        guard matchesCompound(selector.compounds[compoundIndex], element) else { return .restartFromClosestLaterSibling }
        let combinator: Combinator
        if compoundIndex > 0 {
            combinator = selector.combinators[compoundIndex - 1]
        } else if anchor >= 0, let leading = selector.leadingCombinator {
            combinator = leading
        } else {
            return .matched
        }
        var candidate = next(element, combinator)
        while candidate >= 0 {
            let outcome = match(selector, compoundIndex - 1, candidate, anchor)
            switch (outcome, combinator) {
            case (.matched, _), (.notMatchedGlobally, _), (_, .nextSibling):
                return outcome
            case (_, .child):
                return .restartFromClosestDescendant
            case (.restartFromClosestDescendant, .subsequentSibling):
                return outcome
            default:
                break
            }
            candidate = next(candidate, combinator)
        }
        switch combinator {
        case .child, .descendant: return .notMatchedGlobally
        case .nextSibling, .subsequentSibling: return .restartFromClosestDescendant
        }
    }

    private func next(_ element: Int, _ combinator: Combinator) -> Int {
        switch combinator {
        case .child, .descendant: return parentElement(element)
        case .nextSibling, .subsequentSibling: return previousSibling(element)
        }
    }

    private func matchesCompound(_ compound: CompoundSelector, _ element: Int) -> Bool {
        for simple in compound.simpleSelectors where !matchesSimple(simple, element) { return false }
        return true
    }

    private func matchesSimple(_ simple: SimpleSelector, _ element: Int) -> Bool {
        switch simple {
        case .universal:
            return true
        case .type(let name):
            return nodes[element].name == name
        case .id(let id):
            guard let value = attribute(element, "id") else { return false }
            return ValueMatching.matches(.equals, value: value, needle: id, ignoringCase: quirksMode)
        case .class(let name):
            guard let value = attribute(element, "class") else { return false }
            return ValueMatching.matches(.includes, value: value, needle: name, ignoringCase: quirksMode)
        case .attribute(let selector):
            guard let value = attribute(element, selector.name) else { return false }
            guard let op = selector.operator else { return true }
            return ValueMatching.matches(op, value: value, needle: selector.value, ignoringCase: selector.ignoresCase)
        case .pseudoClass(let pseudo):
            return matchesPseudoClass(pseudo, element)
        case .pseudoElement:
            return false
        }
    }

    private func matchesPseudoClass(_ pseudo: PseudoClass, _ element: Int) -> Bool {
        switch pseudo {
        case .root:
            guard let parent = nodes[element].parent else { return false }
            return nodes[parent.index].kind == .document
        case .empty:
            for child in nodes[element].children {
                switch nodes[child.index].kind {
                case .element: return false
                case .text where !nodes[child.index].text.isEmpty: return false
                default: continue
                }
            }
            return true
        case .firstChild:
            return previousSibling(element) < 0
        case .lastChild:
            return nextSibling(element) < 0
        case .onlyChild:
            return previousSibling(element) < 0 && nextSibling(element) < 0
        case .firstOfType:
            return typePosition(element).position == 1
        case .lastOfType:
            let (position, count) = typePosition(element)
            return position == count
        case .onlyOfType:
            return typePosition(element).count == 1
        case .nthChild(let pattern, let of):
            if let of {
                guard matchesAny(of, element) else { return false }
                return pattern.matches(position: filteredPosition(element, of).position)
            }
            return pattern.matches(position: childPosition(element).position)
        case .nthLastChild(let pattern, let of):
            let (position, count) = of.map { list in
                matchesAny(list, element) ? filteredPosition(element, list) : (0, -1)
            } ?? childPosition(element)
            if count < 0 { return false }
            return pattern.matches(position: count - position + 1)
        case .nthOfType(let pattern):
            return pattern.matches(position: typePosition(element).position)
        case .nthLastOfType(let pattern):
            let (position, count) = typePosition(element)
            return pattern.matches(position: count - position + 1)
        case .not(let list):
            return !matchesAny(list, element)
        case .is(let list), .where(let list):
            return matchesAny(list, element)
        case .has(let list):
            return matchesHas(list, element)
        case .link, .anyLink:
            let name = nodes[element].name
            return (name == "a" || name == "area") && attribute(element, "href") != nil
        case .checked:
            return isChecked(element)
        case .disabled:
            return isDisabled(element)
        case .enabled:
            return Self.enableableElements.contains(nodes[element].name) && !isDisabled(element)
        case .required:
            return isRequired(element)
        case .optional:
            return Self.optionalElements.contains(nodes[element].name) && !isRequired(element)
        case .readWrite:
            return isReadWrite(element)
        case .readOnly:
            return !isReadWrite(element)
        case .placeholderShown:
            return isPlaceholderShown(element)
        case .default:
            return isDefault(element)
        case .indeterminate:
            return isIndeterminate(element)
        case .defined:
            return isDefined(element)
        case .scope:
            return matchesPseudoClass(.root, element)
        case .open:
            let name = nodes[element].name
            return (name == "details" || name == "dialog") && hasAttribute(element, "open")
        case .valid:
            return validity(element) == true
        case .invalid:
            return validity(element) == false
        case .inRange:
            return rangeState(element) == true
        case .outOfRange:
            return rangeState(element) == false
        case .lang(let range):
            return matchesLanguage(element, range)
        case .dir(let keyword):
            return self.direction(element).rawValue == keyword
        case .dynamic:
            return false
        }
    }

    // MARK: - :has()

    private func matchesHas(_ list: SelectorList, _ anchor: Int) -> Bool {
        for selector in list.selectors where selector.pseudoElement == nil {
            let leading = selector.leadingCombinator ?? .descendant
            let single = selector.compounds.count == 1
            switch leading {
            case .child where single:
                for child in nodes[anchor].children where nodes[child.index].kind == .element {
                    if matches(selector, child.index, anchor: anchor) { return true }
                }
            case .descendant, .child:
                for index in stride(from: anchor + 1, to: subtreeEnd(anchor), by: 1) where nodes[index].kind == .element {
                    if matches(selector, index, anchor: anchor) { return true }
                }
            case .nextSibling, .subsequentSibling:
                if selector.combinators.allSatisfy({ $0 == .nextSibling || $0 == .subsequentSibling }) {
                    var sibling = nextSibling(anchor)
                    while sibling >= 0 {
                        if matches(selector, sibling, anchor: anchor) { return true }
                        if single && leading == .nextSibling { break }
                        sibling = nextSibling(sibling)
                    }
                } else if let parent = nodes[anchor].parent {
                    // Following siblings and everything inside them.
                    for index in stride(from: subtreeEnd(anchor), to: subtreeEnd(parent.index), by: 1) where nodes[index].kind == .element {
                        if matches(selector, index, anchor: anchor) { return true }
                    }
                }
            }
        }
        return false
    }

    /// The index after the last node inside `index` (nodes are stored in pre-order, so a
    /// subtree is a contiguous run of indexes).
    func subtreeEnd(_ index: Int) -> Int {
        var last = index
        while let child = nodes[last].children.last { last = child.index }
        return last + 1
    }

    // MARK: - Tree navigation

    func attribute(_ element: Int, _ name: String) -> String? {
        for attribute in nodes[element].attributes where attribute.name == name { return attribute.value }
        return nil
    }

    func hasAttribute(_ element: Int, _ name: String) -> Bool {
        attribute(element, name) != nil
    }

    func parentElement(_ element: Int) -> Int {
        if let context { return Int(context.parentElement[element]) }
        guard let parent = nodes[element].parent, nodes[parent.index].kind == .element else { return -1 }
        return parent.index
    }

    func previousSibling(_ element: Int) -> Int {
        if let context { return Int(context.previousSibling[element]) }
        guard let parent = nodes[element].parent else { return -1 }
        var previous = -1
        for child in nodes[parent.index].children {
            if child.index == element { return previous }
            if nodes[child.index].kind == .element { previous = child.index }
        }
        return -1
    }

    func nextSibling(_ element: Int) -> Int {
        if let context { return Int(context.nextSibling[element]) }
        guard let parent = nodes[element].parent else { return -1 }
        var seen = false
        for child in nodes[parent.index].children {
            if seen && nodes[child.index].kind == .element { return child.index }
            if child.index == element { seen = true }
        }
        return -1
    }

    /// 1-based position among the element siblings, and their number.
    private func childPosition(_ element: Int) -> (position: Int, count: Int) {
        if let context { return (Int(context.childPosition[element]), Int(context.childCount[element])) }
        guard let parent = nodes[element].parent else { return (1, 1) }
        var position = 0
        var count = 0
        for child in nodes[parent.index].children where nodes[child.index].kind == .element {
            count += 1
            if child.index == element { position = count }
        }
        return (position, count)
    }

    /// 1-based position among the element siblings with the same name, and their number.
    private func typePosition(_ element: Int) -> (position: Int, count: Int) {
        if let context { return context.typePosition(element) }
        guard let parent = nodes[element].parent else { return (1, 1) }
        let name = nodes[element].name
        var position = 0
        var count = 0
        for child in nodes[parent.index].children
        where nodes[child.index].kind == .element && nodes[child.index].name == name {
            count += 1
            if child.index == element { position = count }
        }
        return (position, count)
    }

    /// 1-based position among the element siblings that match `list`, and their number
    /// (for `:nth-child(An+B of S)`).
    private func filteredPosition(_ element: Int, _ list: SelectorList) -> (position: Int, count: Int) {
        guard let parent = nodes[element].parent else { return (1, 1) }
        var position = 0
        var count = 0
        for child in nodes[parent.index].children where nodes[child.index].kind == .element {
            if child.index == element {
                count += 1
                position = count
            } else if matchesAny(list, child.index) {
                count += 1
            }
        }
        return (position, count)
    }
}
