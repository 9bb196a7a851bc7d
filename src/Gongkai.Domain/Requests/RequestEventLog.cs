using System.Collections;

namespace Gongkai.Domain.Requests;

/// <summary>
/// A request's events, always in the order they were recorded (<see cref="RequestEvent.Sequence"/> 1, 2, 3 …),
/// whatever order they are added in. A database returns the rows of a joined collection in whatever order its plan
/// produces (SQLite happens to follow the unique (RequestId, Sequence) index, PostgreSQL does not), and the persistence
/// layer adds them one by one through <see cref="ICollection{T}.Add"/>; keeping the order here means the deadline, the
/// status and the annual-report cell never depend on the engine (第四十五条: the log is the record of the handling).
/// Two events with the same sequence are refused: the log is append-only and each step has one place in it.
/// </summary>
public sealed class RequestEventLog : ICollection<RequestEvent>, IReadOnlyList<RequestEvent>
{
    private readonly List<RequestEvent> _events = [];

    /// <inheritdoc cref="IReadOnlyList{T}.this" />
    public RequestEvent this[int index] => _events[index];

    /// <inheritdoc cref="ICollection{T}.Count" />
    public int Count => _events.Count;

    /// <inheritdoc />
    bool ICollection<RequestEvent>.IsReadOnly => false;

    /// <summary>Adds an event at the place its sequence gives it (at the end for a newly recorded one).</summary>
    public void Add(RequestEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var index = _events.Count;
        while (index > 0 && _events[index - 1].Sequence > item.Sequence)
        {
            index--;
        }

        if (index > 0 && _events[index - 1].Sequence == item.Sequence)
        {
            if (ReferenceEquals(_events[index - 1], item))
            {
                return;
            }

            throw new InvalidOperationException($"Request event sequence {item.Sequence} is recorded twice.");
        }

        _events.Insert(index, item);
    }

    /// <inheritdoc />
    public bool Contains(RequestEvent item) => _events.Contains(item);

    /// <inheritdoc />
    public void CopyTo(RequestEvent[] array, int arrayIndex) => _events.CopyTo(array, arrayIndex);

    /// <summary>Used only by the persistence layer when it detaches a request; the domain never removes an event.</summary>
    bool ICollection<RequestEvent>.Remove(RequestEvent item) => _events.Remove(item);

    /// <summary>Used only by the persistence layer; the domain never removes an event.</summary>
    void ICollection<RequestEvent>.Clear() => _events.Clear();

    /// <inheritdoc />
    public IEnumerator<RequestEvent> GetEnumerator() => _events.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
