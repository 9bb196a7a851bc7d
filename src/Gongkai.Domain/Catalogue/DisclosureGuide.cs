namespace Gongkai.Domain.Catalogue;

/// <summary>
/// 政府信息公开指南 (条例 第二十二条): what a person needs to know to obtain information from an agency — its
/// catalogue, who handles requests (第二十九条), where and when, channels, fees (第四十二条), remedies (第五十一条). One
/// per agency; the agency edits it, the portal shows it. Changes go through <see cref="Update"/>.
/// </summary>
public sealed class DisclosureGuide
{
    private DisclosureGuide()
    {
        Office = string.Empty;
        Address = string.Empty;
        OfficeHours = string.Empty;
        Phone = string.Empty;
        Introduction = string.Empty;
        Fees = string.Empty;
        Remedies = string.Empty;
    }

    /// <summary>The agency whose guide this is (the key).</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>一、概述: what is published proactively and how the catalogue is organised.</summary>
    public string Introduction { get; private set; }

    /// <summary>受理机构: the office that handles requests (政府信息公开工作机构, 第四条).</summary>
    public string Office { get; private set; }

    /// <summary>办公地址.</summary>
    public string Address { get; private set; }

    /// <summary>办公时间.</summary>
    public string OfficeHours { get; private set; }

    /// <summary>联系电话.</summary>
    public string Phone { get; private set; }

    /// <summary>传真, if any.</summary>
    public string? Fax { get; private set; }

    /// <summary>邮政编码, if any.</summary>
    public string? PostCode { get; private set; }

    /// <summary>电子邮箱, if any.</summary>
    public string? Email { get; private set; }

    /// <summary>收费: the 信息处理费 rules that apply (第四十二条, 国办函〔2020〕109号).</summary>
    public string Fees { get; private set; }

    /// <summary>救济途径: 投诉、举报, 行政复议, 行政诉讼 (第五十一条).</summary>
    public string Remedies { get; private set; }

    /// <summary>The day of the last change.</summary>
    public DateOnly UpdatedOn { get; private set; }

    /// <summary>Creates the guide of an agency.</summary>
    public static DisclosureGuide Create(
        Guid agencyId, string introduction, string office, string address, string officeHours, string phone,
        string? fax, string? postCode, string? email, string fees, string remedies, DateOnly on)
    {
        var guide = new DisclosureGuide { AgencyId = agencyId };
        guide.Update(introduction, office, address, officeHours, phone, fax, postCode, email, fees, remedies, on);
        return guide;
    }

    /// <summary>Replaces the content of the guide.</summary>
    /// <exception cref="RuleViolationException">A part 第二十二条/第二十九条 needs is missing.</exception>
    public void Update(
        string introduction, string office, string address, string officeHours, string phone,
        string? fax, string? postCode, string? email, string fees, string remedies, DateOnly on)
    {
        Require(office, "受理机构");
        Require(address, "办公地址");
        Require(officeHours, "办公时间");
        Require(phone, "联系电话");
        Require(remedies, "救济途径");
        Introduction = introduction?.Trim() ?? string.Empty;
        Office = office.Trim();
        Address = address.Trim();
        OfficeHours = officeHours.Trim();
        Phone = phone.Trim();
        Fax = Blank(fax);
        PostCode = Blank(postCode);
        Email = Blank(email);
        Fees = fees?.Trim() ?? string.Empty;
        Remedies = remedies.Trim();
        UpdatedOn = on;
    }

    private static void Require(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new RuleViolationException($"政府信息公开指南须写明{what}（第二十二条）。", "第二十二条");
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
