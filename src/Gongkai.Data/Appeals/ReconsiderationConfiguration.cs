using Gongkai.Domain.Agencies;
using Gongkai.Domain.Appeals;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Appeals;

internal sealed class ReconsiderationConfiguration : IEntityTypeConfiguration<Reconsideration>
{
    public void Configure(EntityTypeBuilder<Reconsideration> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CaseNumber).HasMaxLength(100);
        builder.Property(r => r.Result).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.CorrectionReason).HasMaxLength(1000);
        builder.Property(r => r.RegisteredBy).HasMaxLength(100);
        builder.Property(r => r.DecisionRecordedBy).HasMaxLength(100);
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DisclosureRequest>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.AgencyId, r.FiledOn });
        builder.Ignore(r => r.IsDecided);
        builder.OwnsMany(r => r.Stages, s =>
        {
            s.ToJson("Stages");
            s.Property(x => x.Name).HasJsonPropertyName("name");
            s.Property(x => x.On).HasJsonPropertyName("on");
            s.Property(x => x.Note).HasJsonPropertyName("note");
            s.Property(x => x.RecordedBy).HasJsonPropertyName("recordedBy");
            s.Property(x => x.RecordedAtUtc).HasJsonPropertyName("recordedAtUtc");
        });
        builder.Navigation(r => r.Stages).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
