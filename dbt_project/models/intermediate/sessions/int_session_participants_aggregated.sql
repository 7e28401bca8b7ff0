with join_intervals as (

    select * from {{ ref('int_join_intervals_paired') }}

),

participant_leaves as (

    select * from {{ ref('stg_sessionlens__participant_leaves') }}

),

first_joins as (

    select
        partner_id,
        session_id,
        user_id,
        joined_at,
        name,
        job_title,
        company,
        industry,
        role,
        connect_ms

    from join_intervals
    where user_join_number = 1

),

interval_totals as (

    select
        partner_id,
        session_id,
        user_id,
        -- Paired intervals never overlap, so their union is their sum.
        sum(interval_seconds) / 60.0 as participant_minutes,
        count(*) as join_count

    from join_intervals
    group by partner_id, session_id, user_id

),

-- Every leave counts here, including one that closed no interval.
last_leaves as (

    select
        partner_id,
        session_id,
        user_id,
        max(event_at) as left_at

    from participant_leaves
    group by partner_id, session_id, user_id

),

final as (

    select
        first_joins.partner_id,
        first_joins.session_id,
        first_joins.user_id,
        first_joins.name,
        first_joins.job_title,
        first_joins.company,
        first_joins.industry,
        first_joins.role,
        first_joins.joined_at,
        last_leaves.left_at,
        interval_totals.participant_minutes,
        first_joins.connect_ms,
        interval_totals.join_count

    from first_joins
    inner join interval_totals
        on first_joins.partner_id = interval_totals.partner_id
        and first_joins.session_id = interval_totals.session_id
        and first_joins.user_id = interval_totals.user_id
    left join last_leaves
        on first_joins.partner_id = last_leaves.partner_id
        and first_joins.session_id = last_leaves.session_id
        and first_joins.user_id = last_leaves.user_id

)

select * from final
