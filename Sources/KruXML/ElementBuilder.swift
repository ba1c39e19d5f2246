import KruCore

/// Builds ``XMLElement`` values from a document's events, finishing each
/// element at its end tag, innermost first, with an explicit stack of open
/// elements (libxml2 refuses nesting deeper than 256 anyway). What each
/// element gets is what libxml2's tree would hold: the local name, the
/// attributes by local name, the text and CDATA directly inside, and the line
/// and column of its `<`.
struct ElementBuilder: XMLEventHandler {
    /// An element whose end tag has not come yet.
    private struct Open {
        var element: XMLElement
        var children: [XMLElement] = []
    }

    private var open: [Open] = []
    /// The root element, once its end tag has come.
    private(set) var root: XMLElement?

    init() {
        open.reserveCapacity(8)
    }

    mutating func startElement(_ tag: borrowing XMLStartTag) {
        open.append(Open(element: XMLElement(name: tag.name, attributes: tag.attributes, location: tag.location)))
    }

    mutating func endElement() {
        guard var finished = open.popLast() else { return }
        finished.element.children = finished.children
        if open.isEmpty {
            root = finished.element
        } else {
            // Room for a few children at once rather than growing one by one.
            if open[open.count - 1].children.isEmpty { open[open.count - 1].children.reserveCapacity(4) }
            open[open.count - 1].children.append(finished.element)
        }
    }

    mutating func characters(_ text: borrowing XMLCharacters) {
        guard !open.isEmpty else { return }
        let string = text.string
        if open[open.count - 1].element.text.isEmpty {
            open[open.count - 1].element.text = string
        } else {
            open[open.count - 1].element.text += string
        }
    }
}
