/// The nesting problems of a page's tags, found by replaying its start and end
/// tags on a simplified stack of open elements that follows browser rules:
/// void elements never open, end tags HTML lets you leave out (`</p>`,
/// `</li>`, `</td>` …) are implied where a browser implies them, and an end
/// tag only closes an element "in scope".
///
/// Values of ``Event`` refer to tags by their index in the tag list.
struct TagStructure: Sendable {
    /// An element closed before its own end tag came.
    struct EarlyClose: Hashable, Sendable {
        /// The start tag of the element.
        var start: Int
        /// The start or end tag that closed it.
        var closedBy: Int
        var closedByEndTag: Bool
    }

    enum Event: Hashable, Sendable {
        /// An element whose end tag is required was never closed by its own end tag.
        case unclosed(start: Int, closedBy: Int?)
        /// `<a href="x">link<a>`, `<h1>Title<h1>`: the element at `start` is
        /// never closed, and the bare start tag `again`, which would only end
        /// it, was surely meant as its end tag.
        case missingSlash(start: Int, again: Int)
        /// `</b>` in `<b><i></b></i>`: it closed `<b>` while `<i>` (`inner`) was open,
        /// and `</i>` comes later.
        case crossed(endTag: Int, inner: Int)
        /// An end tag whose element a later start tag had already closed
        /// (`</b>` in `<p><b>x<div></div></b>`).
        case late(endTag: Int, start: Int, closedBy: Int)
        /// An end tag that does not match the open element it must have been
        /// meant for (`</h2>` closing `<h1>`).
        case mismatched(endTag: Int, open: Int)
        /// An end tag with nothing to close.
        case stray(endTag: Int, closedEarly: EarlyClose?)

        /// The tag the event is reported at.
        var reportedTag: Int {
            switch self {
            case .unclosed(let start, _), .missingSlash(let start, _): return start
            case .crossed(let endTag, _), .late(let endTag, _, _), .mismatched(let endTag, _), .stray(let endTag, _):
                return endTag
            }
        }
    }

    private(set) var events: [Event] = []

    private struct OpenElement {
        var name: String
        var tag: Int
    }

    /// Longest walk down the stack for one question; deeper nesting is not
    /// real HTML (Chromium stops nesting at 512) and must not make this slow.
    private static let walkLimit = 1024

    private var stack: [OpenElement] = []
    /// How many elements of each name are open, so most searches end at once.
    private var openCount: [String: Int] = [:]
    private var closedEarly: [String: [EarlyClose]] = [:]
    private var laterStartTags: [String: Int] = [:]
    private var laterEndTags: [String: Int] = [:]

    init(tags: [SourceTag]) {
        for tag in tags where !tag.droppedAtEndOfFile {
            if tag.isEndTag { laterEndTags[tag.name, default: 0] += 1 } else { laterStartTags[tag.name, default: 0] += 1 }
        }
        for (index, tag) in tags.enumerated() where !tag.droppedAtEndOfFile {
            if tag.isEndTag {
                laterEndTags[tag.name, default: 0] -= 1
                endTag(tag, at: index)
            } else {
                laterStartTags[tag.name, default: 0] -= 1
                startTag(tag, at: index)
            }
        }
        for element in stack where Self.requiresEndTag(element.name) {
            events.append(.unclosed(start: element.tag, closedBy: nil))
        }
        for (name, closes) in closedEarly where Self.requiresEndTag(name) {
            for close in closes { events.append(.unclosed(start: close.start, closedBy: close.closedBy)) }
        }
        stack = []
        openCount = [:]
        // In source order of the tag each event is reported at.
        events = events.enumerated().sorted { a, b in
            let (left, right) = (tags[a.element.reportedTag].start, tags[b.element.reportedTag].start)
            return left == right ? a.offset < b.offset : left < right
        }.map(\.element)
        closedEarly = [:]
    }

    static func requiresEndTag(_ name: String) -> Bool {
        !HTMLElementNames.optionalEndTag.contains(name) && !HTMLElementNames.void.contains(name)
    }

    private static let documentTags: Set<String> = ["html", "head", "body"]
    private static let tableParts: Set<String> = [
        "table", "caption", "colgroup", "tbody", "thead", "tfoot", "tr", "td", "th",
    ]

    // MARK: Start tags

    private mutating func startTag(_ tag: SourceTag, at index: Int) {
        let name = tag.name
        if tag.inForeignContent {
            if !tag.selfClosing { push(OpenElement(name: name, tag: index)) }
            return
        }
        // <html>, <head> and <body> may be left out or repeated; they never nest wrongly.
        if Self.documentTags.contains(name) { return }
        if tag.attributes.isEmpty, !tag.selfClosing, let open = openElementEndedByRepeating(name) {
            events.append(.missingSlash(start: stack[open].tag, again: index))
            popAbove(open, by: index, endTag: true)
            pop()
            return
        }
        switch name {
        case "li":
            closeListItem(named: ["li"], by: index)
        case "dd", "dt":
            closeListItem(named: ["dd", "dt"], by: index)
        case "a":
            // A link inside a link: the browser closes the first one.
            if let open = find(["a"], boundaries: HTMLElementNames.scopeBoundaries) { close(at: open, by: index) }
        case "button":
            if let open = find(["button"], boundaries: HTMLElementNames.scopeBoundaries) { close(at: open, by: index) }
        case "option":
            if stack.last?.name == "option" { close(at: stack.count - 1, by: index) }
        case "optgroup":
            if stack.last?.name == "option" { close(at: stack.count - 1, by: index) }
            if stack.last?.name == "optgroup" { close(at: stack.count - 1, by: index) }
        case "rt", "rp":
            if let top = stack.last?.name, top == "rt" || top == "rp" { close(at: stack.count - 1, by: index) }
        case "td", "th":
            closeInTable(["td", "th"], by: index)
        case "tr":
            closeInTable(["td", "th"], by: index)
            closeInTable(["tr"], by: index)
        case "thead", "tbody", "tfoot", "caption", "colgroup":
            closeInTable(["td", "th"], by: index)
            closeInTable(["tr"], by: index)
            closeInTable(["thead", "tbody", "tfoot", "caption", "colgroup"], by: index)
        default:
            break
        }
        if HTMLElementNames.closesParagraph.contains(name),
            let paragraph = find(["p"], boundaries: HTMLElementNames.scopeBoundaries.union(["button"]))
        {
            close(at: paragraph, by: index)
        }
        if HTMLElementNames.headings.contains(name), let top = stack.last, HTMLElementNames.headings.contains(top.name) {
            // A heading inside a heading: the browser ends the first one.
            close(at: stack.count - 1, by: index)
        }
        if HTMLElementNames.void.contains(name) { return }
        push(OpenElement(name: name, tag: index))
    }

    /// Elements that are pointless inside themselves: a bare second start tag
    /// right inside one, when too few end tags follow to close both, is a
    /// forgotten `/`.
    private static let notNestedInline: Set<String> = [
        "b", "i", "u", "s", "em", "strong", "small", "mark", "code", "span", "label", "q", "sub", "sup", "del",
        "ins", "abbr", "cite", "kbd", "var", "samp", "big", "font", "center",
        "h1", "h2", "h3", "h4", "h5", "h6",
    ]

    /// The open element that a bare start tag named `name` would only end:
    /// an open `<a>` or `<button>` (which cannot nest), or the current
    /// element when it is a heading or a text-level element of that name.
    private func openElementEndedByRepeating(_ name: String) -> Int? {
        // Enough end tags follow to close this one too: it is meant to nest.
        let unmatchedEndTags = laterEndTags[name, default: 0] - laterStartTags[name, default: 0]
        guard unmatchedEndTags < openCount[name, default: 0] + 1 else { return nil }
        if name == "a" || name == "button" {
            // The browser ends the open one anyway; only with no end tag left is the slash missing.
            guard unmatchedEndTags <= 0 else { return nil }
            return find([name], boundaries: HTMLElementNames.scopeBoundaries)
        }
        if Self.notNestedInline.contains(name), stack.last?.name == name { return stack.count - 1 }
        return nil
    }

    /// WHATWG: a new `<li>` (or `<dd>`/`<dt>`) ends an open one, looking
    /// through inline elements but not into other blocks.
    private mutating func closeListItem(named names: Set<String>, by index: Int) {
        guard names.contains(where: { openCount[$0, default: 0] > 0 }) else { return }
        var position = stack.count - 1
        var steps = 0
        while position >= 0, steps < Self.walkLimit {
            let name = stack[position].name
            if names.contains(name) {
                close(at: position, by: index)
                return
            }
            if HTMLElementNames.special.contains(name), !["address", "div", "p"].contains(name) { return }
            position -= 1
            steps += 1
        }
    }

    private mutating func closeInTable(_ names: Set<String>, by index: Int) {
        if let open = find(names, boundaries: HTMLElementNames.tableScopeBoundaries) { close(at: open, by: index) }
    }

    // MARK: End tags

    private mutating func endTag(_ tag: SourceTag, at index: Int) {
        let name = tag.name
        // `</br>`, `</img>`: reported by their own rule; they close nothing.
        if HTMLElementNames.void.contains(name) { return }
        if name == "body" || name == "html", !tag.inForeignContent {
            // Everything still open should have been closed before </body>.
            popAbove(-1, by: index, endTag: true)
            return
        }
        if Self.documentTags.contains(name) { return }
        let boundaries: Set<String>
        if tag.inForeignContent {
            boundaries = ["html"]
        } else if name == "p" {
            boundaries = HTMLElementNames.scopeBoundaries.union(["button"])
        } else if name == "li" {
            boundaries = HTMLElementNames.scopeBoundaries.union(["ol", "ul"])
        } else if Self.tableParts.contains(name) {
            boundaries = HTMLElementNames.tableScopeBoundaries
        } else {
            boundaries = HTMLElementNames.scopeBoundaries
        }
        if let open = find([name], boundaries: boundaries) {
            popAbove(open, by: index, endTag: true)
            pop()
            return
        }
        if var closes = closedEarly[name], let early = closes.popLast() {
            closedEarly[name] = closes
            if early.closedByEndTag {
                events.append(.crossed(endTag: early.closedBy, inner: early.start))
            } else if !Self.requiresEndTag(name) {
                events.append(.stray(endTag: index, closedEarly: early))
            } else {
                events.append(.late(endTag: index, start: early.start, closedBy: early.closedBy))
            }
            return
        }
        if let open = innermostRequired() {
            let openName = stack[open].name
            let bothHeadings = HTMLElementNames.headings.contains(name) && HTMLElementNames.headings.contains(openName)
            let neverClosedLater = laterEndTags[openName, default: 0] - laterStartTags[openName, default: 0] <= 0
            if bothHeadings || neverClosedLater {
                events.append(.mismatched(endTag: index, open: stack[open].tag))
                popAbove(open, by: index, endTag: true)
                pop()
                return
            }
        }
        events.append(.stray(endTag: index, closedEarly: nil))
    }

    // MARK: Stack

    private mutating func push(_ element: OpenElement) {
        stack.append(element)
        openCount[element.name, default: 0] += 1
    }

    @discardableResult
    private mutating func pop() -> OpenElement {
        let element = stack.removeLast()
        openCount[element.name, default: 0] -= 1
        return element
    }

    /// The index of the innermost open element named one of `names`, not looking past a boundary.
    private func find(_ names: Set<String>, boundaries: Set<String>) -> Int? {
        guard names.contains(where: { openCount[$0, default: 0] > 0 }) else { return nil }
        var position = stack.count - 1
        var steps = 0
        while position >= 0, steps < Self.walkLimit {
            let name = stack[position].name
            if names.contains(name) { return position }
            if boundaries.contains(name) { return nil }
            position -= 1
            steps += 1
        }
        return nil
    }

    /// The innermost open element whose end tag is required, looking past
    /// elements with optional end tags but not past a scope boundary.
    private func innermostRequired() -> Int? {
        var position = stack.count - 1
        var steps = 0
        while position >= 0, steps < Self.walkLimit {
            let name = stack[position].name
            if HTMLElementNames.scopeBoundaries.contains(name) { return nil }
            if Self.requiresEndTag(name) { return position }
            position -= 1
            steps += 1
        }
        return nil
    }

    /// Closes every element above `position`, remembering them as closed
    /// early by the tag at `index`; leaves the element at `position` on top.
    private mutating func popAbove(_ position: Int, by index: Int, endTag: Bool) {
        while stack.count - 1 > position {
            let element = pop()
            closedEarly[element.name, default: []].append(
                EarlyClose(start: element.tag, closedBy: index, closedByEndTag: endTag))
        }
    }

    /// A start tag at `index` implies the end of the element at `position`
    /// (and of everything inside it).
    private mutating func close(at position: Int, by index: Int) {
        popAbove(position, by: index, endTag: false)
        popAbove(position - 1, by: index, endTag: false)
    }
}
