/// An open-addressing hash table from 64-bit keys to small values. The keys
/// are already well-mixed hashes of folded words, so probing needs no hashing
/// of its own: this is what makes a lookup per token cheap enough to run on
/// every word of every article.
struct KeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    /// Zero marks an empty slot, so a zero key is stored as one.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 40) & mask
    }

    @inline(__always)
    func value(for rawKey: UInt64) -> Value? {
        let key = Self.stored(rawKey)
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    mutating func set(_ value: Value, for rawKey: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = Self.stored(rawKey)
        var i = slot(key)
        while keys[i] != 0, keys[i] != key { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = key
        values[i] = value
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 {
            if let v { set(v, for: k) }
        }
    }
}
