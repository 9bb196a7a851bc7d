using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Requests;

/// <summary>Requests an office recorded in its own ledger before it used Gongkai (imported history).</summary>
public sealed partial class DisclosureRequest
{
    /// <summary>The ledger file's name, for an imported request; null otherwise.</summary>
    public string? ImportFileName { get; private set; }

    /// <summary>The ledger file's SHA-256, for an imported request.</summary>
    public string? ImportFileSha256 { get; private set; }

    /// <summary>The ledger's sheet, for an imported request.</summary>
    public string? ImportSheet { get; private set; }

    /// <summary>The ledger's 1-based row, for an imported request.</summary>
    public int? ImportRow { get; private set; }

    /// <summary>Where the request was imported from; null when it was registered in Gongkai.</summary>
    public LedgerProvenance? ImportedFrom =>
        ImportFileSha256 is null ? null : new LedgerProvenance(ImportFileName!, ImportFileSha256, ImportSheet!, ImportRow!.Value);

    /// <summary>
    /// Rebuilds a request from the row of an office's ledger, with the events the ledger records: received
    /// (第二十九条; for an online, e-mail or fax request the ledger's date is taken as the confirmed receipt, 第三十一条第（三）项),
    /// the extension where the ledger notes one (第三十三条第二款), and the reply with its outcome (第三十六条至第三十九条) —
    /// or, for 逾期不补正 / 逾期未缴费, the end of handling with that outcome. Every event is recorded by
    /// <paramref name="by"/> with a note naming the ledger row.
    /// <para>
    /// A ledger keeps less than Gongkai's log, and nothing is invented beyond what docs/imports.md states: an extension
    /// whose day and length the ledger does not record is dated on the last day of the original reply period (the
    /// latest day 第三十三条第二款 allows it to be decided; the reply day when earlier) for
    /// <paramref name="extensionWorkingDays"/> or, when not recorded, the 20 working days of the statutory cap — and
    /// its note says so. The reply's grounds are the ledger's outcome text and remark. The clock rules that need
    /// notices the ledger does not keep (correction and fee notices) are not replayed: the lapse is recorded as the
    /// ledger's closing entry.
    /// </para>
    /// </summary>
    /// <exception cref="RuleViolationException">No description, a reply before the receipt, or an extension of more than 20 working days.</exception>
    public static DisclosureRequest ImportFromLedger(
        Guid id, Guid agencyId, string trackingNumber, SubmissionChannel channel, Applicant applicant, string description,
        DateOnly receivedOn, bool extended, int? extensionWorkingDays, DateOnly? repliedOn, Outcome? outcome, string? grounds,
        LedgerProvenance provenance, StatutoryClock clock, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(by);
        if ((repliedOn is null) != (outcome is null))
        {
            throw new ArgumentException("A reply needs both its date and its outcome.", nameof(outcome));
        }

        if (repliedOn is { } r && r < receivedOn)
        {
            throw new RuleViolationException($"答复日期{ChineseDates.Iso(r)}早于收到申请之日{ChineseDates.Iso(receivedOn)}。", "第三十三条");
        }

        var source = $"依{provenance}导入";
        var request = Register(id, agencyId, trackingNumber, channel, applicant, description, null, receivedOn, by);
        request.ImportFileName = provenance.FileName;
        request.ImportFileSha256 = provenance.FileSha256;
        request.ImportSheet = provenance.Sheet;
        request.ImportRow = provenance.Row;
        var submitted = request._events[0];
        ((ICollection<RequestEvent>)request._events).Clear();
        request._events.Add(new RequestEvent(submitted.RequestId, submitted.Sequence, submitted.Kind, submitted.LegalDate,
            submitted.OccurredAtUtc, submitted.Actor, submitted.Article, new RequestEventDetails { Note = source }));
        if (channel.NeedsMutualConfirmation())
        {
            request.Append(RequestEventKind.ReceiptConfirmed, receivedOn, by, "第三十一条第（三）项", new RequestEventDetails { Note = $"{source}：台账记载的收到日期" });
        }

        if (extended)
        {
            var days = extensionWorkingDays ?? StatutoryClock.ExtensionCapWorkingDays;
            if (days is < 1 or > StatutoryClock.ExtensionCapWorkingDays)
            {
                throw new RuleViolationException($"延长的期限须为1至{StatutoryClock.ExtensionCapWorkingDays}个工作日（第三十三条第二款）。", "第三十三条第二款");
            }

            var originalDue = request.Deadline(clock).DueOn ?? receivedOn;
            var on = repliedOn is { } reply && reply < originalDue ? reply : originalDue;
            request.Append(RequestEventKind.ExtensionApproved, on, by, "第三十三条第二款", new RequestEventDetails
            {
                WorkingDays = days,
                ApprovedBy = "（台账未记载）",
                Note = extensionWorkingDays is null
                    ? $"{source}：台账记载延期，未记载批准日期和延长天数，按原答复期限届满日和上限20个工作日记录"
                    : $"{source}：台账记载延期{days}个工作日，未记载批准日期，按原答复期限届满日记录",
            });
        }

        if (repliedOn is { } day && outcome is { } result)
        {
            var text = string.IsNullOrWhiteSpace(grounds) ? null : grounds.Trim();
            request.Append(RequestEventKind.Replied, day, by, OutcomeTaxonomy.Article(result), new RequestEventDetails
            {
                Outcome = result,
                Note = text is null ? source : $"{text}（{source}）",
            });
        }

        return request;
    }
}
