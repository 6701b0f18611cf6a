import Dispatch
import Synchronization

/// `work` on every input by up to `workers` threads, each taking the next input not yet taken; the results
/// in input order.
public func concurrentMap<Input: Sendable, Output>(_ inputs: [Input], workers: Int, _ work: @Sendable (Input) -> Output) -> [Output] {
    var slots = [Output?](repeating: nil, count: inputs.count)
    let next = Atomic(0)
    slots.withUnsafeMutableBufferPointer { buffer in
        // Each index is taken by one worker only, and nothing reads the buffer until all have returned.
        nonisolated(unsafe) let buffer = buffer
        // One iteration runs on the calling thread.
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, inputs.count))) { _ in
            while true {
                let k = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard k < inputs.count else { return }
                buffer[k] = work(inputs[k])
            }
        }
    }
    return slots.map { $0! }
}
