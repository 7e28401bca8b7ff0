with source as (

    select * from {{ source('sessionlens', 'rejected_lines') }}

),

renamed as (

    select
        file as source_file,
        line_number,
        raw_line,
        reason as rejection_reason,
        partner_id,
        event_type,
        cast(rejected_at as timestamp) as rejected_at,
        batch_id

    from source

)

select * from renamed
