import KruHTML

/// The text a screen reader announces for an element such as a link: its
/// text, where each `<img>` inside counts with its `alt` text.
enum AccessibleText {
    static func of(_ element: Element) -> String {
        var result = ""
        var stack = Array(element.node.children.reversed())
        let document = element.document
        while let id = stack.popLast() {
            let node = document[id]
            switch node.kind {
            case .text: result += node.text
            case .element:
                if node.name == "img" {
                    result += " " + (node.attribute("alt") ?? "") + " "
                } else {
                    stack.append(contentsOf: node.children.reversed())
                }
            default: continue
            }
        }
        return result
    }
}
