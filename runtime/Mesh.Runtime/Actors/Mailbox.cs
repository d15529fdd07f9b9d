namespace Mesh.Runtime.Actors;

/// <summary>
/// An actor's queue of pending messages (pointers to <see cref="Message"/>),
/// oldest first. A ring buffer with indexed access and removal at any index, so
/// that selective receive can look at message i and take it out of the middle,
/// while the common case (take the oldest) stays O(1). Not thread-safe: guarded
/// by the owning actor's lock. A mutable struct: only use it as a field.
/// </summary>
public struct Mailbox
{
    private nint[]? _items;
    private int _head;
    private int _count;

    public readonly int Count => _count;

    public void Add(nint msg)
    {
        if (_items == null || _count == _items.Length) Grow();
        _items![(_head + _count) & (_items.Length - 1)] = msg;
        _count++;
    }

    public readonly nint this[int index] => _items![(_head + index) & (_items.Length - 1)];

    public nint RemoveAt(int index)
    {
        // (callers check index < Count, so the array exists)
        var items = _items!;
        int mask = items.Length - 1;
        nint removed = items[(_head + index) & mask];
        if (index < _count / 2)
        {
            // shift the front part right by one
            for (int i = index; i > 0; i--)
                items[(_head + i) & mask] = items[(_head + i - 1) & mask];
            items[_head] = 0;
            _head = (_head + 1) & mask;
        }
        else
        {
            for (int i = index; i < _count - 1; i++)
                items[(_head + i) & mask] = items[(_head + i + 1) & mask];
            items[(_head + _count - 1) & mask] = 0;
        }
        _count--;
        return removed;
    }

    /// <summary>Removes every message and returns them (for freeing outside the lock).</summary>
    public nint[] DrainAll()
    {
        if (_count == 0) return [];
        var all = new nint[_count];
        for (int i = 0; i < _count; i++) all[i] = this[i];
        Array.Clear(_items!);
        _head = 0;
        _count = 0;
        return all;
    }

    private void Grow()
    {
        if (_items == null)
        {
            _items = new nint[4];
            return;
        }
        var bigger = new nint[_items.Length * 2];
        for (int i = 0; i < _count; i++) bigger[i] = this[i];
        _items = bigger;
        _head = 0;
    }
}
