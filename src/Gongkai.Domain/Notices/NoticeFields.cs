using System.Globalization;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Notices;

/// <summary>
/// What the officer supplies when issuing a notice: the values of the placeholders the request cannot fill
/// ({答复内容}, {理由}, {法律依据}, {补正事项}, {补正期限}, {延长期限}, {延迟答复期限}, {收费金额}, {缴费期限}, {第三方}), and
/// optional overrides of what the issuer fills itself ({救济途径}, {落款机关}, {成文日期}). Which of them a notice needs
/// depends on its template; a missing one is refused when the notice is issued, naming the field.
/// </summary>
public sealed record NoticeFields
{
    /// <summary>{答复内容}: how the information is provided, the search done, the channel to use, the payment method.</summary>
    public string? Reply { get; init; }

    /// <summary>{理由}: the reasons.</summary>
    public string? Grounds { get; init; }

    /// <summary>{法律依据}: the provision relied on; for 不予公开 it defaults to the exemption article of the outcome.</summary>
    public string? LegalBasis { get; init; }

    /// <summary>{补正事项}: everything to correct, at once (第三十条).</summary>
    public string? CorrectionItems { get; init; }

    /// <summary>{补正期限}, e.g. "自收到本告知书之日起10个工作日内".</summary>
    public string? CorrectionPeriod { get; init; }

    /// <summary>{延长期限}, e.g. "20个工作日，至2025年4月28日".</summary>
    public string? ExtensionPeriod { get; init; }

    /// <summary>{延迟答复期限} (第三十五条).</summary>
    public string? DelayedUntil { get; init; }

    /// <summary>{收费金额} in 分; printed as "人民币1200.00元".</summary>
    public long? FeeAmountFen { get; init; }

    /// <summary>{缴费期限}.</summary>
    public string? PaymentPeriod { get; init; }

    /// <summary>{第三方}: the consulted third party, addressee of the consultation letter (第三十二条).</summary>
    public string? ThirdParty { get; init; }

    /// <summary>{救济途径}: replaces the template's remedies sentence for this notice.</summary>
    public string? Remedies { get; init; }

    /// <summary>{落款机关}: replaces the agency's name as signatory.</summary>
    public string? Signatory { get; init; }

    /// <summary>{成文日期}: replaces the day of issue (the China date of the action).</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>"人民币1200.00元".</summary>
    public static string Money(long fen) =>
        string.Create(CultureInfo.InvariantCulture, $"人民币{fen / 100}.{Math.Abs(fen % 100):00}元");

    /// <summary>
    /// Every placeholder value of a notice on <paramref name="request"/>: the applicant, submission date, description
    /// and tracking number from the request; the signatory from <paramref name="agencyName"/>; 成文日期 from
    /// <paramref name="issuedOn"/>; then these fields (which win where both are given).
    /// </summary>
    public IReadOnlyDictionary<string, string?> ValuesFor(DisclosureRequest request, string agencyName, DateOnly issuedOn)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Dictionary<string, string?>
        {
            [NoticePlaceholders.Applicant] = request.Applicant.Name,
            [NoticePlaceholders.SubmittedOn] = ChineseDates.Format(request.SubmittedOn),
            [NoticePlaceholders.Description] = request.Description,
            [NoticePlaceholders.TrackingNumber] = request.TrackingNumber,
            [NoticePlaceholders.Signatory] = Blank(Signatory) ?? agencyName,
            [NoticePlaceholders.IssuedOn] = NoticeComposer.DateLine(IssuedOn ?? issuedOn),
            [NoticePlaceholders.Remedies] = Blank(Remedies),
            [NoticePlaceholders.Reply] = Blank(Reply),
            [NoticePlaceholders.Grounds] = Blank(Grounds),
            [NoticePlaceholders.LegalBasis] = Blank(LegalBasis),
            [NoticePlaceholders.CorrectionItems] = Blank(CorrectionItems),
            [NoticePlaceholders.CorrectionPeriod] = Blank(CorrectionPeriod),
            [NoticePlaceholders.ExtensionPeriod] = Blank(ExtensionPeriod),
            [NoticePlaceholders.DelayedUntil] = Blank(DelayedUntil),
            [NoticePlaceholders.FeeAmount] = FeeAmountFen is { } fen ? Money(fen) : null,
            [NoticePlaceholders.PaymentPeriod] = Blank(PaymentPeriod),
            [NoticePlaceholders.ThirdParty] = Blank(ThirdParty),
        };
    }

    /// <summary>These fields with <see cref="LegalBasis"/> defaulted from <paramref name="outcome"/> where the law gives it.</summary>
    public NoticeFields ForOutcome(Outcome outcome) =>
        LegalBasis is { Length: > 0 } ? this : this with { LegalBasis = NoticeKinds.DefaultLegalBasis(outcome) };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
