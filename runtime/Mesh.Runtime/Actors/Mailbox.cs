namespace Mesh.Runtime.Actors;

/// <summary>
/// An actor's queue of pending messages (pointers to <see cref="Message"/>),
/// oldest first. A ring buffer with indexed access and removal at any index, so
/// that selective receive can look at message i and take it out of the middle,
/// while the common case (take the oldest) stays O(1). Not thread-safe: guarded
/// by the owning actor's lock.
/// </summary>
public sealed class Mailbox
{
    private nint[] _items = new nint[4];
    private int _head;
    private int _count;

    public int Count => _count;

    public void Add(nint msg)
    {
        if (_count == _items.Length) Grow();
        _items[(_head + _count) & (_items.Length - 1)] = msg;
        _count++;
    }

    public nint this[int index] => _items[(_head + index) & (_items.Length - 1)];

    public nint RemoveAt(int index)
    {
        int mask = _items.Length - 1;
        nint removed = _items[(_head + index) & mask];
        if (index < _count / 2)
        {
            // shift the front part right by one
            for (int i = index; i > 0; i--)
                _items[(_head + i) & mask] = _items[(_head + i - 1) & mask];
            _items[_head] = 0;
            _head = (_head + 1) & mask;
        }
        else
        {
            for (int i = index; i < _count - 1; i++)
                _items[(_head + i) & mask] = _items[(_head + i + 1) & mask];
            _items[(_head + _count - 1) & mask] = 0;
        }
        _count--;
        return removed;
    }

    /// <summary>Removes every message and returns them (for freeing outside the lock).</summary>
    public nint[] DrainAll()
    {
        var all = new nint[_count];
        for (int i = 0; i < _count; i++) all[i] = this[i];
        Array.Clear(_items);
        _head = 0;
        _count = 0;
        return all;
    }

    private void Grow()
    {
        var bigger = new nint[_items.Length * 2];
        for (int i = 0; i < _count; i++) bigger[i] = this[i];
        _items = bigger;
        _head = 0;
    }
}
