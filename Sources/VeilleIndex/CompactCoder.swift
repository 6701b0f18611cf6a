import Foundation

/// A binary form of any Codable value for the index's stored extractions: values in the order the type
/// encodes them, no keys, integers as variable-length numbers, an optional as a presence byte, an array
/// as its count (dictionaries, whose keys are data, are refused). JSON cost more to encode than the parsing it stored; this costs a fraction of it.
/// The form follows the model's declarations, so a change to the model is a new parser version
/// (`ArticleParser.version`), which the index re-parses for.
public enum CompactCoder {
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let writer = CompactWriter()
        try value.encode(to: writer)
        return Data(writer.bytes)
    }

    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let reader = CompactReader(Array(data))
        let value = try T(from: reader)
        guard reader.offset == reader.bytes.count else { throw CompactCoderError.trailingBytes }
        return value
    }
}

enum CompactCoderError: Error, CustomStringConvertible {
    case truncated
    case trailingBytes
    case invalid(String)

    var description: String {
        switch self {
        case .truncated: "stored extraction ends early"
        case .trailingBytes: "stored extraction is longer than its value"
        case .invalid(let what): "stored extraction holds an invalid \(what)"
        }
    }
}

// MARK: - Writing

final class CompactWriter: Encoder {
    var bytes: [UInt8] = []
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init() { bytes.reserveCapacity(4096) }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedWriter<Key>(writer: self))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        // The count is written now and patched as elements arrive: the container does not know it yet.
        let offset = bytes.count
        bytes += [0, 0, 0, 0]
        return UnkeyedWriter(writer: self, countOffset: offset)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { SingleWriter(writer: self) }

    func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    func int(_ value: Int64) { varint(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    func string(_ value: String) {
        var s = value
        s.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    func double(_ value: Double) {
        let bits = value.bitPattern
        for k in 0..<8 { bytes.append(UInt8((bits >> (8 * k)) & 0xFF)) }
    }

    /// Primitives directly, anything else through its own `encode(to:)` into this same stream.
    func value<T: Encodable>(_ value: T) throws {
        switch value {
        case let v as String: string(v)
        case let v as Int: int(Int64(v))
        case let v as Double: double(v)
        case let v as Bool: bytes.append(v ? 1 : 0)
        // A dictionary's keys are its data, and this form writes no keys: refused rather than lost.
        case is any KeyedByData: throw CompactCoderError.invalid("dictionary (not supported)")
        default: try value.encode(to: self)
        }
    }
}

/// Values whose keyed containers carry data in their keys.
protocol KeyedByData {}
extension Dictionary: KeyedByData {}

struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: CompactWriter
    var codingPath: [CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { writer.bytes.append(0) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try writer.value(value) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        guard let value else { return writer.bytes.append(0) }
        writer.bytes.append(1)
        try writer.value(value)
    }
    // The primitives' optional forms: the default ones write nothing for nil, which a reader cannot tell.
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeIfPresent(value as String?, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeIfPresent(value as Int?, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeIfPresent(value as Double?, key) }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeIfPresent(value as Bool?, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encodeIfPresent(value.map(Double.init), key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encodeIfPresent(value.map(Int.init), key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encodeIfPresent(value.map(Int.init), key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encodeIfPresent(value.map(Int.init), key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encodeIfPresent(value.map(Int.init), key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encodeIfPresent(value.map { Int(truncatingIfNeeded: $0) }, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encodeIfPresent(value.map(Int.init), key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encodeIfPresent(value.map(Int.init), key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encodeIfPresent(value.map(Int.init), key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encodeIfPresent(value.map(Int.init), key) }

    private mutating func encodeIfPresent<T: Encodable>(_ value: T?, _ key: Key) throws {
        guard let value else { return writer.bytes.append(0) }
        writer.bytes.append(1)
        try writer.value(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        writer.container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer { writer.unkeyedContainer() }
    mutating func superEncoder() -> Encoder { writer }
    mutating func superEncoder(forKey key: Key) -> Encoder { writer }
}

struct UnkeyedWriter: UnkeyedEncodingContainer {
    let writer: CompactWriter
    let countOffset: Int
    private(set) var count = 0
    var codingPath: [CodingKey] { [] }

    init(writer: CompactWriter, countOffset: Int) {
        self.writer = writer
        self.countOffset = countOffset
    }

    private mutating func counted() {
        count += 1
        let c = UInt32(count)
        for k in 0..<4 { writer.bytes[countOffset + k] = UInt8((c >> (8 * UInt32(k))) & 0xFF) }
    }

    mutating func encodeNil() throws { writer.bytes.append(0); counted() }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try writer.value(value)
        counted()
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        counted()
        return writer.container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        counted()
        return writer.unkeyedContainer()
    }
    mutating func superEncoder() -> Encoder { writer }
}

struct SingleWriter: SingleValueEncodingContainer {
    let writer: CompactWriter
    var codingPath: [CodingKey] { [] }

    mutating func encodeNil() throws { writer.bytes.append(0) }
    mutating func encode<T: Encodable>(_ value: T) throws { try writer.value(value) }
}

// MARK: - Reading

final class CompactReader: Decoder {
    let bytes: [UInt8]
    var offset = 0
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedReader<Key>(reader: self))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard offset + 4 <= bytes.count else { throw CompactCoderError.truncated }
        var count = 0
        for k in 0..<4 { count |= Int(bytes[offset + k]) << (8 * k) }
        offset += 4
        return UnkeyedReader(reader: self, count: count)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { SingleReader(reader: self) }

    func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw CompactCoderError.truncated }
        defer { offset += 1 }
        return bytes[offset]
    }

    func varint() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
            guard shift < 64 else { throw CompactCoderError.invalid("number") }
        }
    }

    func int() throws -> Int {
        let z = try varint()
        return Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    func string() throws -> String {
        let n = Int(try varint())
        guard n <= bytes.count - offset else { throw CompactCoderError.truncated }
        defer { offset += n }
        return String(decoding: bytes[offset..<offset + n], as: UTF8.self)
    }

    func double() throws -> Double {
        guard offset + 8 <= bytes.count else { throw CompactCoderError.truncated }
        var bits: UInt64 = 0
        for k in 0..<8 { bits |= UInt64(bytes[offset + k]) << (8 * UInt64(k)) }
        offset += 8
        return Double(bitPattern: bits)
    }

    func value<T: Decodable>(_ type: T.Type) throws -> T {
        switch type {
        case is String.Type: return try string() as! T
        case is Int.Type: return try int() as! T
        case is Double.Type: return try double() as! T
        case is Bool.Type: return (try byte() != 0) as! T
        default: return try T(from: self)
        }
    }
}

struct KeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: CompactReader
    var codingPath: [CodingKey] { [] }
    var allKeys: [Key] { [] }

    /// Every key is there: values come in order, and an optional's presence byte is read by `decodeNil`.
    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { try reader.byte() == 0 }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try reader.value(type) }
    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try reader.container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer { try reader.unkeyedContainer() }
    func superDecoder() throws -> Decoder { reader }
    func superDecoder(forKey key: Key) throws -> Decoder { reader }
}

struct UnkeyedReader: UnkeyedDecodingContainer {
    let reader: CompactReader
    let total: Int
    private(set) var currentIndex = 0
    var codingPath: [CodingKey] { [] }
    var count: Int? { total }
    var isAtEnd: Bool { currentIndex >= total }

    init(reader: CompactReader, count: Int) {
        self.reader = reader
        total = count
    }

    mutating func decodeNil() throws -> Bool {
        // Only an optional element's presence byte: read it only when it says nil, or the value's first
        // byte would be lost to the element that follows.
        guard reader.offset < reader.bytes.count else { throw CompactCoderError.truncated }
        if reader.bytes[reader.offset] == 0 { reader.offset += 1; currentIndex += 1; return true }
        return false
    }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard !isAtEnd else { throw CompactCoderError.truncated }
        currentIndex += 1
        return try reader.value(type)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        currentIndex += 1
        return try reader.container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        currentIndex += 1
        return try reader.unkeyedContainer()
    }
    mutating func superDecoder() throws -> Decoder { reader }
}

struct SingleReader: SingleValueDecodingContainer {
    let reader: CompactReader
    var codingPath: [CodingKey] { [] }

    func decodeNil() -> Bool { false }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.value(type) }
}
