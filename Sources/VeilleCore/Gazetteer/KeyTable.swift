/// An open-addressing hash table from 64-bit keys to small values. The keys
/// are already well-mixed hashes of folded words, so probing needs no hashing
/// of its own: this is what makes a lookup per token cheap enough to run on
/// every word of every article. Key and value share a slot so that a probe
/// touches one cache line.
struct KeyTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        var value: Value?
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(key: 0, value: nil), count: size)
        mask = size - 1
    }

    /// Zero marks an empty slot, so a zero key is stored as one.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 40) & mask
    }

    @inline(__always)
    func value(for rawKey: UInt64) -> Value? {
        let key = Self.stored(rawKey)
        return slots.withUnsafeBufferPointer { buffer in
            var i = Self.slot(key, mask)
            while true {
                let k = buffer[i].key
                if k == key { return buffer[i].value }
                if k == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    mutating func set(_ value: Value, for rawKey: UInt64) {
        if (count + 1) * 2 > slots.count { grow() }
        let key = Self.stored(rawKey)
        var i = Self.slot(key, mask)
        while slots[i].key != 0, slots[i].key != key { i = (i + 1) & mask }
        if slots[i].key == 0 { count += 1 }
        slots[i] = Slot(key: key, value: value)
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(key: 0, value: nil), count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for slot in old where slot.key != 0 {
            if let v = slot.value { set(v, for: slot.key) }
        }
    }
}
