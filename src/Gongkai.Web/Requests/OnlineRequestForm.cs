using System.ComponentModel.DataAnnotations;
using Gongkai.Domain.Requests;

namespace Gongkai.Web.Requests;

/// <summary>
/// The online request form (依申请公开, 网络申请) with the contents 条例 第二十九条第二款 requires: (一) 申请人的姓名或者名称、
/// 身份证明、联系方式; (二) 申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述; (三) 申请公开的政府信息的
/// 形式要求，包括获取信息的方式、途径. Used by the page and by <c>POST /api/requests</c>.
/// </summary>
public sealed class OnlineRequestForm
{
    /// <summary>The agency asked (行政机关).</summary>
    [Required(ErrorMessage = "请选择受理机关。")]
    [Display(Name = "受理机关")]
    public Guid? AgencyId { get; set; }

    /// <summary>申请人类型.</summary>
    [Required(ErrorMessage = "请选择申请人类型。")]
    [EnumDataType(typeof(ApplicantKind), ErrorMessage = "申请人类型不在可选范围内：自然人，或法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）。")]
    [Display(Name = "申请人类型")]
    public ApplicantKind? ApplicantKind { get; set; }

    /// <summary>姓名或者名称.</summary>
    [Required(ErrorMessage = "请填写申请人姓名或者名称（第二十九条第二款第（一）项）。")]
    [StringLength(100, ErrorMessage = "姓名或者名称不能超过100个字。")]
    [Display(Name = "姓名或名称")]
    public string? Name { get; set; }

    /// <summary>身份证明: identity-card number or 统一社会信用代码.</summary>
    [Required(ErrorMessage = "请填写身份证件号码或统一社会信用代码（第二十九条第二款第（一）项）。")]
    [RegularExpression(@"^\s*([0-9]{17}[0-9Xx]|[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10})\s*$", ErrorMessage = "证件号码格式不正确：身份证号为18位，统一社会信用代码为18位。")]
    [Display(Name = "身份证件号码或统一社会信用代码")]
    public string? IdentityNumber { get; set; }

    /// <summary>联系电话.</summary>
    [RegularExpression(@"^\s*[0-9+\-\s]{7,20}\s*$", ErrorMessage = "联系电话格式不正确。")]
    [Display(Name = "联系电话")]
    public string? Phone { get; set; }

    /// <summary>电子邮箱.</summary>
    [EmailAddress(ErrorMessage = "电子邮箱格式不正确。")]
    [StringLength(200)]
    [Display(Name = "电子邮箱")]
    public string? Email { get; set; }

    /// <summary>通信地址.</summary>
    [StringLength(300, ErrorMessage = "通信地址不能超过300个字。")]
    [Display(Name = "通信地址")]
    public string? Address { get; set; }

    /// <summary>所需政府信息的名称、文号或者特征性描述.</summary>
    [Required(ErrorMessage = "请描述所需的政府信息：名称、文号或者便于查询的其他特征（第二十九条第二款第（二）项）。")]
    [StringLength(2000, MinimumLength = 5, ErrorMessage = "所需信息的描述应为5至2000个字。")]
    [Display(Name = "所需政府信息的名称、文号或特征描述")]
    public string? Description { get; set; }

    /// <summary>信息的载体形式: 纸质 / 电子.</summary>
    [Required(ErrorMessage = "请选择获取信息的形式（第二十九条第二款第（三）项）。")]
    [Display(Name = "获取信息的形式")]
    public string? Form { get; set; }

    /// <summary>获取信息的方式: 邮寄 / 电子邮件 / 自行领取 / 网上获取.</summary>
    [Required(ErrorMessage = "请选择获取信息的方式（第二十九条第二款第（三）项）。")]
    [Display(Name = "获取信息的方式")]
    public string? Manner { get; set; }

    /// <summary>The forms offered.</summary>
    public static IReadOnlyList<string> Forms { get; } = ["纸质", "电子文档"];

    /// <summary>The manners offered.</summary>
    public static IReadOnlyList<string> Manners { get; } = ["邮寄", "电子邮件", "自行领取", "网上获取"];

    /// <summary>
    /// The rules that involve several fields (contact required, delivery manner needs its address). Run always, also
    /// when field rules fail, so that the applicant sees every problem at once.
    /// </summary>
    public IEnumerable<ValidationResult> CrossFieldErrors()
    {
        if (string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Address))
        {
            yield return new ValidationResult("请至少留下一种联系方式：联系电话、电子邮箱或通信地址（第二十九条第二款第（一）项）。", [nameof(Phone)]);
        }

        if (Form is not null && !Forms.Contains(Form))
        {
            yield return new ValidationResult("获取信息的形式不在可选范围内。", [nameof(Form)]);
        }

        if (Manner is not null && !Manners.Contains(Manner))
        {
            yield return new ValidationResult("获取信息的方式不在可选范围内。", [nameof(Manner)]);
        }

        if (Manner == "邮寄" && string.IsNullOrWhiteSpace(Address))
        {
            yield return new ValidationResult("选择邮寄方式的，请填写通信地址。", [nameof(Address)]);
        }

        if (Manner == "电子邮件" && string.IsNullOrWhiteSpace(Email))
        {
            yield return new ValidationResult("选择电子邮件方式的，请填写电子邮箱。", [nameof(Email)]);
        }
    }
}
