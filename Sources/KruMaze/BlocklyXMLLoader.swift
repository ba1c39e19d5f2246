import KruCore
import KruXML

/// Blockly XML (`<xml><block type id x y>…`), with or without the Blockly namespace.
enum BlocklyXMLLoader {
    static func load(text: String, file: String) throws(ProgramLoadError) -> Program {
        let root: XMLElement
        do {
            root = try XMLReader.parse(text: text, file: file)
        } catch {
            throw ProgramLoadError(
                id: "maze.program.bad-xml", file: file, location: error.location, message: error.message)
        }
        guard root.name == "xml" else {
            throw ProgramLoadError(
                id: "maze.program.not-blockly", file: file, location: root.location,
                message: LocalizedText(
                    en: "\(root.location?.description ?? file): this XML is not a Blockly program (it starts with <\(root.name)>, not <xml>)",
                    km: "\(root.location?.description ?? file): XML នេះមិនមែនជាកម្មវិធី Blockly ទេ (វាចាប់ផ្ដើមដោយ <\(root.name)> មិនមែន <xml>)"))
        }
        var stacks: [[Block]] = []
        for element in root.children where element.name == "block" || element.name == "shadow" {
            let stack = try chain(from: element, file: file, depth: 0)
            if !stack.isEmpty { stacks.append(stack) }
        }
        return Program(file: file, format: .blocklyXML, stacks: stacks)
    }

    /// A block and the blocks joined below it through `<next>`.
    private static func chain(from element: XMLElement, file: String, depth: Int) throws(ProgramLoadError) -> [Block] {
        guard depth <= ProgramLoader.maxNesting else { throw ProgramLoader.tooDeep(file: file, location: element.location) }
        var blocks: [Block] = []
        var current: XMLElement? = element
        while let element = current {
            // Blockly up to v10 writes disabled="true"; v11 writes disabled-reasons="MANUALLY_DISABLED,…".
            let disabled = element.attributes["disabled"]?.lowercased() == "true"
                || !(element.attributes["disabled-reasons"] ?? "").isEmpty
            if !disabled {
                blocks.append(try block(from: element, file: file, depth: depth))
            }
            current = element.child(named: "next").flatMap(preferredBlock)
        }
        return blocks
    }

    private static func block(from element: XMLElement, file: String, depth: Int) throws(ProgramLoadError) -> Block {
        var block = Block(
            type: element.attributes["type"] ?? "", id: element.attributes["id"], location: element.location,
            isShadow: element.name == "shadow")
        for child in element.children {
            guard let name = child.attributes["name"] else { continue }
            switch child.name {
            case "field":
                block.fields[name] = child.text.trimmingWhitespace()
            case "statement":
                block.statements[name] = try preferredBlock(in: child).map { element throws(ProgramLoadError) in
                    try chain(from: element, file: file, depth: depth + 1)
                } ?? []
            case "value":
                if let inner = preferredBlock(in: child) {
                    block.values[name] = try self.block(from: inner, file: file, depth: depth + 1)
                }
            default:
                continue
            }
        }
        return block
    }

    /// The block inside an input or `<next>`: a real block covers a shadow.
    private static func preferredBlock(in element: XMLElement) -> XMLElement? {
        element.child(named: "block") ?? element.child(named: "shadow")
    }
}
