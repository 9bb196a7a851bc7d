using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.AnnualReports;

internal sealed class AnnualReportDraftConfiguration : IEntityTypeConfiguration<AnnualReportDraft>
{
    public void Configure(EntityTypeBuilder<AnnualReportDraft> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Format).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.AgencyId, d.Year }).IsUnique();
        builder.ComplexProperty(d => d.StartedBy, who => Who(who, "StartedBy"));
        builder.ComplexProperty(d => d.CheckedBy, who => Who(who, "CheckedBy"));
        builder.ComplexProperty(d => d.ApprovedBy, who => Who(who, "ApprovedBy"));
        builder.HasMany(d => d.Edits).WithOne().HasForeignKey("DraftId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Edits).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.Property(d => d.ImportedFrom).HasMaxLength(500);
        builder.Ignore(d => d.HumanText);
        builder.Ignore(d => d.Findings);
    }

    /// <summary>Who and when, as two columns; a complex (value) type, so one <see cref="RecordedBy"/> may be used twice.</summary>
    internal static void Who(ComplexPropertyBuilder<RecordedBy> who, string prefix)
    {
        who.Property(w => w.Actor).HasColumnName(prefix + "Actor").HasMaxLength(100);
        who.Property(w => w.AtUtc).HasColumnName(prefix + "AtUtc");
    }
}
