import KruCore

/// One block of a program, as loaded from Blockly XML, Blockly JSON or the
/// text form: the raw shape, before kru judges whether it makes sense.
///
/// A value like any struct; its fields live in one shared storage, copied on
/// write. Grading copies a program's blocks often (outline, checks,
/// compiling), and a copy then costs one reference count instead of one for
/// every string and dictionary of the block.
public struct Block: Hashable, Sendable {
    /// The fields of a block. Changed only through ``Block``'s setters, and
    /// only when no other block shares it, so sharing it between threads is
    /// safe, and no two accesses can overlap: the fields need no run-time
    /// exclusivity checks (which would cost more than reading them).
    private final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var type: String
        @exclusivity(unchecked) var id: String?
        @exclusivity(unchecked) var location: SourceLocation?
        @exclusivity(unchecked) var isShadow: Bool
        @exclusivity(unchecked) var fields: [String: String]
        @exclusivity(unchecked) var statements: [String: [Block]]
        @exclusivity(unchecked) var values: [String: Block]

        init(
            type: String, id: String?, location: SourceLocation?, isShadow: Bool,
            fields: [String: String], statements: [String: [Block]], values: [String: Block]
        ) {
            self.type = type
            self.id = id
            self.location = location
            self.isShadow = isShadow
            self.fields = fields
            self.statements = statements
            self.values = values
        }

        func copy() -> Storage {
            Storage(
                type: type, id: id, location: location, isShadow: isShadow, fields: fields, statements: statements,
                values: values)
        }
    }

    private var storage: Storage

    public init(
        type: String, id: String? = nil, location: SourceLocation? = nil, isShadow: Bool = false,
        fields: [String: String] = [:], statements: [String: [Block]] = [:], values: [String: Block] = [:]
    ) {
        storage = Storage(
            type: type, id: id, location: location, isShadow: isShadow, fields: fields, statements: statements,
            values: values)
    }

    /// The Blockly type, for example `maze_moveForward`.
    public var type: String {
        get { storage.type }
        _modify {
            makeUnique()
            yield &storage.type
        }
    }

    /// The block's Blockly `id`; `nil` when the file gave none (text programs).
    public var id: String? {
        get { storage.id }
        _modify {
            makeUnique()
            yield &storage.id
        }
    }

    /// Where the block is written (XML and text programs).
    public var location: SourceLocation? {
        get { storage.location }
        _modify {
            makeUnique()
            yield &storage.location
        }
    }

    /// A shadow block (the grey default inside an input); not counted.
    public var isShadow: Bool {
        get { storage.isShadow }
        _modify {
            makeUnique()
            yield &storage.isShadow
        }
    }

    /// Field values by field name (`DIR` → `turnLeft`, `TIMES` → `3`).
    public var fields: [String: String] {
        get { storage.fields }
        _modify {
            makeUnique()
            yield &storage.fields
        }
    }

    /// Statement inputs by name (`DO`, `ELSE`): the blocks stacked inside, in order.
    public var statements: [String: [Block]] {
        get { storage.statements }
        _modify {
            makeUnique()
            yield &storage.statements
        }
    }

    /// Value inputs by name (`TIMES` of `controls_repeat_ext`).
    public var values: [String: Block] {
        get { storage.values }
        _modify {
            makeUnique()
            yield &storage.values
        }
    }

    /// Gives this block a storage of its own before it changes.
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    public static func == (lhs: Block, rhs: Block) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.type == rhs.type && lhs.id == rhs.id && lhs.location == rhs.location && lhs.isShadow == rhs.isShadow
            && lhs.fields == rhs.fields && lhs.statements == rhs.statements && lhs.values == rhs.values
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(type)
        hasher.combine(id)
        hasher.combine(location)
        hasher.combine(isShadow)
        hasher.combine(fields)
        hasher.combine(statements)
        hasher.combine(values)
    }

    /// Calls `body` with each statement input in order of name (the reading
    /// order of ``Program/allBlocks``), or in reverse; sorts only when there
    /// are several (most blocks have none or one).
    func forEachStatementByName(reversed: Bool = false, _ body: (String, [Block]) -> Void) {
        guard statements.count > 1 else {
            for (name, blocks) in statements { body(name, blocks) }
            return
        }
        let names = statements.keys.sorted()
        for name in reversed ? names.reversed() : names { body(name, statements[name]!) }
    }

    /// Whether the block counts towards the program's size (shadow and
    /// `math_number` blocks do not).
    public var counts: Bool { !isShadow && type != BlockType.number }
}

/// The format a program was written in.
public enum ProgramFormat: String, Hashable, Sendable, Codable {
    case blocklyXML = "blockly-xml"
    case blocklyJSON = "blockly-json"
    case text
}

/// A block program: the workspace's top-level stacks, each a list of blocks
/// joined top to bottom.
public struct Program: Hashable, Sendable {
    /// The file it was read from.
    public var file: String
    public var format: ProgramFormat
    /// Top-level stacks in the order the file lists them.
    public var stacks: [[Block]]
    /// Whether the file holds disabled blocks (greyed out in the editor). They
    /// are left out of ``stacks``, as Blockly leaves them out of the code it runs.
    public var hasDisabledBlocks: Bool

    public init(file: String, format: ProgramFormat, stacks: [[Block]], hasDisabledBlocks: Bool = false) {
        self.file = file
        self.format = format
        self.stacks = stacks
        self.hasDisabledBlocks = hasDisabledBlocks
    }

    /// Every block (value inputs and statements included), in reading order:
    /// a block, then its inputs, then the block below it.
    public var allBlocks: [Block] { ProgramOutline(self).blocks }

    /// Blocks that count towards the size (shadow and `math_number` blocks do not).
    public var blockCount: Int { ProgramOutline(self).blockCount }
}
