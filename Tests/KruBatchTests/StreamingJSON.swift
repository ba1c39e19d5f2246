import Foundation

/// Writes an `Encodable` value as JSON straight into a byte buffer, through
/// the value's own `encode(to:)`: the reference for ``StoredResultWriter``,
/// which writes the stored results field by field (a field added to the
/// result types shows here at once).
///
/// Handles what the synthesized `Codable` of the result types uses (keyed,
/// unkeyed and single-value containers, each opened once per value); anything
/// else (nested containers, super encoders, non-finite numbers) makes
/// ``encode(_:)`` fall back to `JSONEncoder`. The output is plain JSON read
/// back with `JSONDecoder`.
enum StreamingJSON {
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let sink = JSONSink()
        sink.bytes.reserveCapacity(4096)
        try sink.encodeValue(value)
        if sink.unsupported { return try JSONEncoder().encode(value) }
        return Data(sink.bytes)
    }
}

/// The output buffer, shared by the encoders of nested values.
final class JSONSink {
    var bytes: [UInt8] = []
    /// Set when the value asked for something this writer does not do.
    var unsupported = false

    func encodeValue<T: Encodable>(_ value: T) throws {
        switch value {
        case let text as String: write(text)
        case let number as Double: write(number)
        case let number as Int: write(number)
        case let flag as Bool: write(flag)
        default:
            let encoder = StreamingEncoder(sink: self)
            try value.encode(to: encoder)
            encoder.close()
        }
    }

    func write(_ text: String) {
        let utf8 = text.utf8
        // Most text needs no escaping: one append (appending byte by byte to a
        // class's property pays an exclusivity check per byte).
        guard utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
            bytes.append(0x22)
            bytes.append(contentsOf: utf8)
            bytes.append(0x22)
            return
        }
        var escaped: [UInt8] = [0x22]
        escaped.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x22: escaped.append(0x5C); escaped.append(0x22)
            case 0x5C: escaped.append(0x5C); escaped.append(0x5C)
            case 0x0A: escaped.append(0x5C); escaped.append(0x6E)
            case 0x0D: escaped.append(0x5C); escaped.append(0x72)
            case 0x09: escaped.append(0x5C); escaped.append(0x74)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                escaped.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: escaped.append(byte)
            }
        }
        escaped.append(0x22)
        bytes.append(contentsOf: escaped)
    }

    func write(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    func write(_ value: Double) {
        guard value.isFinite else { unsupported = true; bytes.append(contentsOf: "null".utf8); return }
        bytes.append(contentsOf: value.description.utf8)
    }
    func write(_ value: Float) { write(Double(value)) }
    func write<I: BinaryInteger>(_ value: I) { bytes.append(contentsOf: String(value).utf8) }
    func writeNull() { bytes.append(contentsOf: "null".utf8) }
}

/// The encoder of one value: opens at most one container, closed by ``close()``.
final class StreamingEncoder: Encoder {
    enum Opened { case keyed, unkeyed, single }

    let sink: JSONSink
    var opened: Opened?
    var count = 0
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    init(sink: JSONSink) { self.sink = sink }

    func open(_ kind: Opened) {
        if let opened {
            if opened != kind || kind == .single { sink.unsupported = true }
            return
        }
        opened = kind
        switch kind {
        case .keyed: sink.bytes.append(0x7B)
        case .unkeyed: sink.bytes.append(0x5B)
        case .single: break
        }
    }

    func close() {
        switch opened {
        case .keyed: sink.bytes.append(0x7D)
        case .unkeyed: sink.bytes.append(0x5D)
        case .single: break
        case nil: sink.bytes.append(contentsOf: "{}".utf8)
        }
    }

    /// Starts the next member of the open container.
    func next() {
        if count > 0 { sink.bytes.append(0x2C) }
        count += 1
    }

    func key(_ key: some CodingKey) {
        next()
        sink.write(key.stringValue)
        sink.bytes.append(0x3A)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        open(.keyed)
        return KeyedEncodingContainer(KeyedStream<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        open(.unkeyed)
        return UnkeyedStream(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        open(.single)
        return SingleStream(encoder: self)
    }
}

struct KeyedStream<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: StreamingEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { encoder.key(key); encoder.sink.writeNull() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { encoder.key(key); encoder.sink.write(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { encoder.key(key); encoder.sink.write(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { encoder.key(key); encoder.sink.write(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { encoder.key(key); encoder.sink.write(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { encoder.key(key); encoder.sink.write(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { encoder.key(key); encoder.sink.write(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { encoder.key(key); encoder.sink.write(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { encoder.key(key); encoder.sink.write(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { encoder.key(key); encoder.sink.write(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { encoder.key(key); encoder.sink.write(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { encoder.key(key); encoder.sink.write(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { encoder.key(key); encoder.sink.write(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { encoder.key(key); encoder.sink.write(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { encoder.key(key); encoder.sink.write(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        encoder.key(key)
        try encoder.sink.encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        encoder.sink.unsupported = true
        return StreamingEncoder(sink: JSONSink()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder.sink.unsupported = true
        return StreamingEncoder(sink: JSONSink()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        encoder.sink.unsupported = true
        return StreamingEncoder(sink: JSONSink())
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder() }
}

struct UnkeyedStream: UnkeyedEncodingContainer {
    let encoder: StreamingEncoder
    var codingPath: [any CodingKey] { [] }
    var count: Int { encoder.count }

    func next() { encoder.next() }

    mutating func encodeNil() throws { next(); encoder.sink.writeNull() }
    mutating func encode(_ value: Bool) throws { next(); encoder.sink.write(value) }
    mutating func encode(_ value: String) throws { next(); encoder.sink.write(value) }
    mutating func encode(_ value: Double) throws { next(); encoder.sink.write(value) }
    mutating func encode(_ value: Float) throws { next(); encoder.sink.write(value) }
    mutating func encode(_ value: Int) throws { next(); encoder.sink.write(value) }
    mutating func encode(_ value: Int8) throws { next(); encoder.sink.write(value) }
    mutating func encode(_ value: Int16) throws { next(); encoder.sink.write(value) }
    mutating func encode(_ value: Int32) throws { next(); encoder.sink.write(value) }
    mutating func encode(_ value: Int64) throws { next(); encoder.sink.write(value) }
    mutating func encode(_ value: UInt) throws { next(); encoder.sink.write(value) }
    mutating func encode(_ value: UInt8) throws { next(); encoder.sink.write(value) }
    mutating func encode(_ value: UInt16) throws { next(); encoder.sink.write(value) }
    mutating func encode(_ value: UInt32) throws { next(); encoder.sink.write(value) }
    mutating func encode(_ value: UInt64) throws { next(); encoder.sink.write(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        next()
        try encoder.sink.encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        encoder.sink.unsupported = true
        return StreamingEncoder(sink: JSONSink()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        encoder.sink.unsupported = true
        return StreamingEncoder(sink: JSONSink()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        encoder.sink.unsupported = true
        return StreamingEncoder(sink: JSONSink())
    }
}

struct SingleStream: SingleValueEncodingContainer {
    let encoder: StreamingEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { encoder.sink.writeNull() }
    mutating func encode(_ value: Bool) throws { encoder.sink.write(value) }
    mutating func encode(_ value: String) throws { encoder.sink.write(value) }
    mutating func encode(_ value: Double) throws { encoder.sink.write(value) }
    mutating func encode(_ value: Float) throws { encoder.sink.write(value) }
    mutating func encode(_ value: Int) throws { encoder.sink.write(value) }
    mutating func encode(_ value: Int8) throws { encoder.sink.write(value) }
    mutating func encode(_ value: Int16) throws { encoder.sink.write(value) }
    mutating func encode(_ value: Int32) throws { encoder.sink.write(value) }
    mutating func encode(_ value: Int64) throws { encoder.sink.write(value) }
    mutating func encode(_ value: UInt) throws { encoder.sink.write(value) }
    mutating func encode(_ value: UInt8) throws { encoder.sink.write(value) }
    mutating func encode(_ value: UInt16) throws { encoder.sink.write(value) }
    mutating func encode(_ value: UInt32) throws { encoder.sink.write(value) }
    mutating func encode(_ value: UInt64) throws { encoder.sink.write(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.sink.encodeValue(value) }
}
