using Gongkai.Web.Requests;

namespace Gongkai.Web.Pages.Apply;

/// <summary>The choices of the form's select lists.</summary>
public static class OnlineRequestFormChoices
{
    /// <summary>信息的形式.</summary>
    public static IReadOnlyList<string> Forms => OnlineRequestForm.Forms;

    /// <summary>获取方式.</summary>
    public static IReadOnlyList<string> Manners => OnlineRequestForm.Manners;
}
