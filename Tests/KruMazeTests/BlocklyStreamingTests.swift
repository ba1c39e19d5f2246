import KruCore
import KruXML
import Testing

@testable import KruMaze

/// The loader as it was before it read events: it walks the `XMLElement` tree.
/// The streaming loader must give exactly what it gives.
private enum TreeBlocklyLoader {
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
            let disabled = ["true", "disabled"].contains(element.attributes["disabled"] ?? "")
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

/// What a loader gives for a text: the program or the error.
private func loaded(_ text: String, tree: Bool) -> Result<Program, ProgramLoadError> {
    do {
        return .success(tree ? try TreeBlocklyLoader.load(text: text, file: "p.xml") : try BlocklyXMLLoader.load(text: text, file: "p.xml"))
    } catch {
        return .failure(error)
    }
}

/// Block elements of every shape an input or `<next>` may hold; `inner` goes inside.
private func variants(_ inner: String, _ index: Int) -> [String] {
    let id = "b\(index)"
    return [
        "",
        "<block type=\"maze_moveForward\" id=\"\(id)\">\(inner)</block>",
        "<shadow type=\"math_number\" id=\"s\(id)\"><field name=\"NUM\"> 3 </field>\(inner)</shadow>",
        "<shadow type=\"maze_turn\"/><block type=\"maze_turn\" id=\"\(id)\"><field name=\"DIR\">turnLeft</field>\(inner)</block>",
        "<block type=\"controls_repeat\" id=\"\(id)\" disabled=\"true\">\(inner)<next><block type=\"x\"/></next></block>",
        "<block type=\"maze_if\" disabled-reasons=\"MANUALLY_DISABLED\"/><block id=\"second\" type=\"y\">\(inner)</block>",
        "<block type=\"maze_forever\" id=\"\(id)\"><next><block type=\"a\"/></next><next><block type=\"b\"/></next>\(inner)</block>",
        "<mutation/><block type=\"controls_repeat_ext\"><comment>c</comment><value name=\"TIMES\"><block type=\"math_number\"><field name=\"NUM\">4</field><next><block type=\"z\"/></next></block></value>\(inner)</block>",
    ]
}

/// Documents whose blocks hold each variant in statements, values and `<next>`s, two levels deep.
private func documents() -> [String] {
    var result: [String] = []
    let count = variants("", 0).count
    for outer in 0..<count {
        for inner in 0..<count {
            for slot in ["statement name=\"DO\"", "value name=\"V\"", "next", "statement", "field name=\"F\""] {
                let closing = String(slot.prefix { $0 != " " })
                let innerBlocks = variants("", inner).joined()
                let nested = variants("<\(slot)>\(innerBlocks)</\(closing)>", outer)
                let stack = nested.enumerated().map { index, block in
                    index.isMultiple(of: 2) ? block : "<statement name=\"S\(index)\">\(block)</statement>"
                }
                result.append("<xml><block type=\"maze_if\" id=\"top\">\(stack.joined())</block>\(variants("", outer).joined())</xml>")
            }
        }
    }
    return result
}

/// `levels` statements nested, each holding the next `repeat`; `shadowed`: the deepest under a shadow a block covers.
private func deep(_ levels: Int, shadowed: Bool = false, disabled: Bool = false) -> String {
    var inner = "<block type=\"maze_moveForward\" id=\"deepest\"/>"
    if shadowed { inner = "<shadow type=\"s\">\(inner)</shadow><block type=\"maze_moveForward\"/>" }
    for level in 0..<levels {
        let off = disabled && level == levels / 2 ? " disabled=\"true\"" : ""
        inner = "<block type=\"controls_repeat\" id=\"r\(level)\"\(off)>\n<statement name=\"DO\">\(inner)</statement></block>"
    }
    return "<xml>\n" + inner + "\n</xml>"
}

@Test func streamingLoaderGivesWhatTheTreeWalkGives() {
    let sources = documents() + [
        deep(99), deep(100), deep(101), deep(101, shadowed: true), deep(102, disabled: true), deep(120),
        "<xml><block type=\"a\"/></xml>", "<block type=\"a\"/>", "<p:xml xmlns:p=\"u\"><p:block p:type=\"t\"/></p:xml>",
        "<xml><field name=\"F\">x</field><block type=\"t\"><field name=\"F\">one<b>two</b>three</field><field>no name</field></block></xml>",
        "<xml><block type=\"t\"><statement name=\"DO\"/><statement name=\"DO\"><block type=\"u\"/></statement></block></xml>",
        "<xml><block type=\"t\"><value name=\"V\"><block type=\"u\"/></value><value name=\"V\"/></block></xml>",
    ]
    var failures = 0
    var blocks = 0
    for source in sources {
        let streamed = loaded(source, tree: false)
        // The blocks must agree; whether disabled blocks were seen is tested on its own.
        var tree = loaded(source, tree: true)
        if case .success(var program) = tree, case .success(let streamedProgram) = streamed {
            program.hasDisabledBlocks = streamedProgram.hasDisabledBlocks
            tree = .success(program)
        }
        #expect(streamed == tree, "\(source)")
        switch streamed {
        case .success(let program): blocks += program.allBlocks.count
        case .failure: failures += 1
        }
    }
    // The documents are not all broken, nor all trivial.
    #expect(failures == 4)
    #expect(blocks > 10 * sources.count)
    guard case .failure(let tooDeep) = loaded(deep(101), tree: false) else { Issue.record("101 levels load"); return }
    #expect(tooDeep.id == "maze.program.too-deep")
    #expect(tooDeep.location?.line == 103)  // the block that starts the 101st level
}
