{{ config(unique_key=['partner_id', 'session_id']) }}

with viewer_contexts as (

    select * from {{ ref('viewer_contexts') }} {{ where_affected('sessions') }}

),

final as (

    select
        partner_id,
        session_id,
        country,
        {{ unique_viewers_by_side() }}

    from viewer_contexts
    group by partner_id, session_id, country

)

select * from final
