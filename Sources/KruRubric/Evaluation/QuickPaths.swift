import KruHTML

extension String {
    /// `trimmingHTMLWhitespace()`, answered without looking up Unicode properties when the
    /// text begins and ends with a scalar that is never white space (printable ASCII or
    /// Khmer), as most texts do.
    func trimmingHTMLWhitespaceQuickly() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
              Self.isNeverWhitespace(first), Self.isNeverWhitespace(last)
        else { return trimmingHTMLWhitespace() }
        return self
    }

    /// Printable ASCII and the Khmer block (U+1780…U+17FF) hold no White_Space scalar.
    private static func isNeverWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        (0x21...0x7E).contains(scalar.value) || (0x1780...0x17FF).contains(scalar.value)
    }
}

extension Element {
    /// `textContent`, without building a new string when the element holds exactly one text
    /// node (as most elements with text do): that node's text.
    var textContentQuickly: String {
        let nodes = document.nodes
        let children = nodes[id.index].children
        if children.count == 1, nodes[children[0].index].kind == .text { return nodes[children[0].index].text }
        return textContent
    }
}
